// The cast: the article's actors grouped by type and ranked by salience. Each is a disclosure
// button (aria-expanded) that opens the actor in full below it: names, description, "in this
// article" (step through its mentions in the page), roles with dates and sources, what the corpus
// says, and who it appears with.

import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, roleWhen } from '../shared/i18n.ts';
import type { PageReadingReport } from '../shared/page-data.ts';
import { actorDetail, castGroups, type CastEntry, type StoryRef } from './cast-model.ts';
import { storyTitle } from '../shared/story-title.ts';
import type { ViewContext } from './view-context.ts';

function mentionCount(ctx: ViewContext, n: number): string {
  return n === 1 ? ctx.t('panelMentionCountOne') : ctx.t('panelMentionCount', [String(n)]);
}

export interface CastProps {
  reading: PageReadingReport;
  ctx: ViewContext;
  expanded: string | null;
  onToggle: (actorId: string) => void;
  /** Bumped when the actor was focused from elsewhere: its heading takes focus. */
  focusSeq: number;
}

export function Cast({ reading, ctx, expanded, onToggle, focusSeq }: CastProps) {
  const { t } = ctx;
  const groups = castGroups(reading);
  return (
    <section class="section cast" id="cast" aria-labelledby="cast-title">
      <h2 id="cast-title">{t('panelCastTitle')}</h2>
      {groups.length === 0 ? <p class="empty">{t('panelNoActors')}</p> : null}
      {groups.map((group) => (
        <div class="group" key={group.type}>
          <h3 class="group-title" data-type={group.type}>
            {t(`type_${group.type}`)} <span class="group-count">{group.entries.length}</span>
          </h3>
          <ul class="actors">
            {group.entries.map((entry) => (
              <CastRow
                key={entry.card.id}
                entry={entry}
                reading={reading}
                ctx={ctx}
                open={expanded === entry.card.id}
                onToggle={onToggle}
                focusSeq={expanded === entry.card.id ? focusSeq : 0}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function CastRow(props: {
  entry: CastEntry;
  reading: PageReadingReport;
  ctx: ViewContext;
  open: boolean;
  onToggle: (id: string) => void;
  focusSeq: number;
}) {
  const { entry, ctx, open, onToggle, focusSeq } = props;
  const { card } = entry;
  const detailId = `actor-${card.id}`;
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focused from elsewhere (the hover card, a graph node, a partner chip): the row's own button
    // takes focus, so a screen reader says the name and "expanded" once, and Enter closes it.
    if (open && focusSeq > 0) {
      toggle.current?.focus({ preventScroll: true });
      toggle.current?.closest('li')?.scrollIntoView?.({ block: 'nearest' });
    }
  }, [focusSeq]);
  return (
    <li class={open ? 'actor open' : 'actor'} data-type={card.type} data-actor={card.id}>
      <button
        ref={toggle}
        type="button"
        class="actor-toggle"
        aria-expanded={open}
        aria-controls={detailId}
        onClick={() => onToggle(card.id)}
      >
        <span class="actor-dot" aria-hidden="true" />
        <span class="actor-name">{card.name}</span>
        <span class="actor-count">
          <span aria-hidden="true">{entry.count}</span>
          <span class="sr-only">{mentionCount(ctx, entry.count)}</span>
        </span>
        <span class="actor-bar" aria-hidden="true">
          <span style={{ width: `${Math.round(entry.share * 100)}%` }} />
        </span>
      </button>
      {open ? <ActorDetailView id={detailId} entry={entry} reading={props.reading} ctx={ctx} /> : null}
    </li>
  );
}

function Source({ story, date, ctx }: { story: StoryRef | null; date?: string; ctx: ViewContext }) {
  const { t, locale } = ctx;
  const title = story ? storyTitle(story.headline, story.lead) : '';
  if (!title && !date) return null;
  const parts: string[] = [];
  if (title) parts.push(`“${title}”`);
  if (story?.outlet) parts.push(story.outlet);
  if (date) parts.push(formatDate(date, locale));
  const text = parts.join(' · ');
  return (
    <div class="source">
      {story?.storyId ? (
        <a href={ctx.readerUrl(story.storyId)} target="_blank" rel="noopener">
          {text}
        </a>
      ) : (
        text || t('panelUntitled')
      )}
    </div>
  );
}

function InArticle({ actorId, total, ctx }: { actorId: string; total: number; ctx: ViewContext }) {
  const { t } = ctx;
  const [position, setPosition] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const go = async (step: 1 | -1) => {
    const next = position === null ? (step === 1 ? 0 : total - 1) : (position + step + total) % total;
    const reply = await ctx.showMention(actorId, next).catch(() => null);
    if (reply?.ok) {
      setPosition(reply.index);
      setFailed(false);
    } else setFailed(true);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a label and two step buttons, not a form's fieldset
    <div class="in-article" role="group" aria-label={t('panelInArticle')}>
      <span class="in-article-label">{t('panelInArticle')}</span>
      {/* The two steps wrap as one, so a narrow panel never parts "‹" from its partner. */}
      <span class="steps">
        <button type="button" class="step prev" onClick={() => void go(-1)} aria-label={t('panelPreviousMention')}>
          <span aria-hidden="true">‹</span>
        </button>
        <button
          type="button"
          class={position === null ? 'step next first' : 'step next'}
          onClick={() => void go(1)}
          aria-label={position === null ? undefined : t('panelNextMention')}
        >
          {position === null ? t('panelShowInPage') : <span aria-hidden="true">›</span>}
        </button>
      </span>
      <span class="step-status" role="status">
        {failed
          ? t('panelMentionFailed')
          : position === null
            ? mentionCount(ctx, total)
            : t('panelMentionPosition', [String(position + 1), String(total)])}
      </span>
    </div>
  );
}

function ActorDetailView(props: { id: string; entry: CastEntry; reading: PageReadingReport; ctx: ViewContext }) {
  const { entry, ctx, reading } = props;
  const { t, locale } = ctx;
  const inArticle = new Set(reading.actors.map((a) => a.actorId));
  const detail = actorDetail(entry.card, ctx.glossary, locale, inArticle);
  // The name is the row's button right above: said once, not repeated as a heading here.
  return (
    <div class="detail" id={props.id}>
      {detail.otherNames.length ? <p class="other-names">{detail.otherNames.join(' · ')}</p> : null}
      {detail.description ? <p class="description">{detail.description}</p> : null}
      <InArticle actorId={detail.id} total={entry.count} ctx={ctx} />
      {detail.roles.length ? (
        <>
          <h4>{t('panelRoles')}</h4>
          <ul class="roles">
            {detail.roles.map((r, i) => {
              const when = roleWhen(r, t, locale);
              return (
                <li key={i}>
                  <span class="role-title">{r.title}</span>
                  {when ? <span class="as-of"> · {when}</span> : null}
                  {r.record ? <div class="source">{t('sourceRecord')}</div> : <Source story={r.story} ctx={ctx} />}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {detail.contexts.length ? (
        <>
          <h4>{t('panelContexts')}</h4>
          <ul class="contexts">
            {detail.contexts.map((c, i) => (
              <li key={i}>
                <blockquote>{c.text}</blockquote>
                <Source story={c.story} date={c.date} ctx={ctx} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {detail.partners.length ? (
        <>
          <h4>{t('panelPartners')}</h4>
          <ul class="partners">
            {detail.partners.map((p) => (
              <li key={p.actorId}>
                {p.inArticle ? (
                  <button type="button" class="chip" onClick={() => ctx.focusActor(p.actorId)}>
                    {p.name} <span class="chip-count">{p.count}</span>
                  </button>
                ) : (
                  <span class="chip plain">
                    {p.name} <span class="chip-count">{p.count}</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p class="note">{t('panelPartnersNote')}</p>
        </>
      ) : null}
      {entry.card.introduced ? (
        // Said as the hover card says it: what the article (or an earlier one) gave, no more.
        <p class="note">{t(entry.card.remembered ? 'cardRemembered' : 'cardIntroduced')}</p>
      ) : !ctx.glossary ? null : detail.storyCount === 0 ? (
        <p class="note">{t('panelNotInCorpus')}</p>
      ) : null}
    </div>
  );
}
