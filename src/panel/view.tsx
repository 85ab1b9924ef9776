// The panel's whole view for one tab, in each of its states: loading, a page Bối cảnh has not read,
// a page that is not an article, and an article (its header, cast, connections, related stories).
// Pure over its props: src/panel/app.tsx feeds it from the browser, the tests feed it directly.

import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../keeping/history.ts';
import type { PageReadingReport } from '../shared/page-data.ts';
import { notReadKey, type NotReadReason } from '../shared/not-read.ts';
import { ArticleHeader } from './article-header.tsx';
import { Cast } from './cast.tsx';
import { Connections } from './connections.tsx';
import { Related } from './related.tsx';
import { TooLargeNotice } from './too-large.tsx';
import type { ViewContext } from './view-context.ts';

export type PanelState =
  | { kind: 'loading' }
  /** Bối cảnh has no reading of this tab: not a news site, or not read yet. */
  | { kind: 'unread' }
  /** The toolbar button tried to read the tab and could not: the reason, and what to do. */
  | { kind: 'not-read'; reason: NotReadReason }
  | { kind: 'error'; message: string }
  | { kind: 'reading'; reading: PageReadingReport };

/** An actor to focus, from outside the view (the hover card, the context menu); `seq` grows with
 *  each request so that asking twice for the same actor focuses it twice. */
export interface FocusRequest {
  actorId: string;
  seq: number;
}

export interface PanelViewProps {
  state: PanelState;
  history: readonly HistoryEntry[];
  focus: FocusRequest | null;
  ctx: Omit<ViewContext, 'focusActor'>;
}

// data-state names which message this is, so a test (or a reader's stylesheet) waits for the
// one it means rather than for whichever message is up first (the loading one, say).
function Message({ state, title, text }: { state: string; title: string; text: string }) {
  return (
    <div class="message" data-state={state}>
      <h1>{title}</h1>
      <p>{text}</p>
    </div>
  );
}

function ArticleView({
  reading,
  history,
  ctx,
  focus,
}: {
  reading: PageReadingReport;
  history: readonly HistoryEntry[];
  ctx: Omit<ViewContext, 'focusActor'>;
  focus: FocusRequest | null;
}) {
  const [expanded, setExpanded] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);
  const focusActor = useCallback((actorId: string) => {
    setExpanded(actorId);
    setSeq((n) => n + 1);
  }, []);
  useEffect(() => {
    if (focus) focusActor(focus.actorId);
  }, [focus?.seq, focus?.actorId]);
  const full: ViewContext = { ...ctx, focusActor };
  const toggle = (actorId: string) => {
    setExpanded((open) => (open === actorId ? null : actorId));
    setSeq(0);
  };
  const hasActors = reading.actors.length > 0;
  return (
    <>
      <ArticleHeader reading={reading} ctx={full} />
      <TooLargeNotice reading={reading} t={ctx.t} locale={ctx.locale} />
      {hasActors ? (
        <nav class="jump" aria-label={ctx.t('panelSections')}>
          <a href="#cast">{ctx.t('panelCastTitle')}</a>
          {ctx.glossary && reading.actors.length > 1 ? (
            <a href="#connections">{ctx.t('panelConnectionsTitle')}</a>
          ) : null}
          {ctx.glossary ? <a href="#related">{ctx.t('panelRelatedTitle')}</a> : null}
        </nav>
      ) : null}
      <Cast reading={reading} ctx={full} expanded={expanded} onToggle={toggle} focusSeq={seq} />
      {hasActors ? <Connections reading={reading} ctx={full} selected={expanded} /> : null}
      {hasActors ? <Related reading={reading} history={history} ctx={full} /> : null}
    </>
  );
}

export function PanelView({ state, history, focus, ctx }: PanelViewProps) {
  const { t } = ctx;
  let body: ComponentChildren;
  if (state.kind === 'loading') {
    body = (
      <div class="message" role="status" data-state="loading">
        <h1>{t('extName')}</h1>
        <p>{t('panelLoading')}</p>
      </div>
    );
  } else if (state.kind === 'unread') {
    body = <Message state="unread" title={t('panelUnreadTitle')} text={t('panelUnreadText')} />;
  } else if (state.kind === 'not-read') {
    body = (
      <Message
        state="not-read"
        title={t(notReadKey(state.reason, 'Title'))}
        text={t(notReadKey(state.reason, 'Text'))}
      />
    );
  } else if (state.kind === 'error') {
    body = <Message state="error" title={t('panelErrorTitle')} text={state.message} />;
  } else if (!state.reading.article && state.reading.actors.length === 0) {
    // A page cut short may look like no article only because its article lay past the cut.
    body = (
      <>
        <Message state="not-article" title={t('panelNotArticleTitle')} text={t('panelNotArticleText')} />
        <TooLargeNotice reading={state.reading} t={t} locale={ctx.locale} />
      </>
    );
  } else {
    // Keyed by address: another page in the tab starts with nothing expanded.
    body = <ArticleView key={state.reading.url} reading={state.reading} history={history} ctx={ctx} focus={focus} />;
  }
  return (
    <main class="panel" lang={ctx.locale}>
      {body}
    </main>
  );
}
