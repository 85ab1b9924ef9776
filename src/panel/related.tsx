// Related stories and their timeline. A corpus story opens in the extension's reader page (no
// network); a story from the reader's history opens at its own web address, as any link would.

import { formatDate } from '../shared/i18n.ts';
import { storyTitle } from '../shared/story-title.ts';
import type { HistoryEntry } from '../keeping/history.ts';
import type { PageReadingReport } from '../shared/page-data.ts';
import { relatedItems, timelineOf, type RelatedItem } from './related-model.ts';
import type { ViewContext } from './view-context.ts';

function webUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function dateText(date: string, asOf: boolean, ctx: ViewContext): string {
  const d = formatDate(date, ctx.locale);
  return asOf ? ctx.t('cardAsOf', [d]) : d;
}

function RelatedEntry({ item, ctx }: { item: RelatedItem; ctx: ViewContext }) {
  const { t } = ctx;
  const title = storyTitle(item.headline, item.lead) || t('panelUntitled');
  const href = item.storyId ? ctx.readerUrl(item.storyId) : webUrl(item.url);
  const meta = [item.outlet, item.date ? dateText(item.date, item.dateIsAsOf, ctx) : ''].filter(Boolean);
  return (
    <li class="story" data-source={item.source} data-key={item.key}>
      <div class="story-title">
        {href ? (
          <a href={href} target="_blank" rel={item.source === 'history' ? 'noopener noreferrer' : 'noopener'}>
            {title}
          </a>
        ) : (
          title
        )}
      </div>
      <div class="story-meta">
        <span class={`badge ${item.source}`}>
          {item.source === 'corpus' ? t('panelFromCorpus') : t('panelFromHistory')}
        </span>
        {meta.length ? <span> {meta.join(' · ')}</span> : null}
        {item.source === 'corpus' && item.readAt ? <span> · {t('panelAlreadyRead')}</span> : null}
      </div>
      <div class="story-shared">{t('panelShared', [item.shared.map((s) => s.name).join(', ')])}</div>
    </li>
  );
}

export function Related({
  reading,
  history,
  ctx,
}: {
  reading: PageReadingReport;
  history: readonly HistoryEntry[];
  ctx: ViewContext;
}) {
  const { t } = ctx;
  if (!ctx.glossary) return null;
  const items = relatedItems(reading, ctx.glossary, history);
  const { points, undated } = timelineOf(reading, items);
  return (
    <section class="section related" id="related" aria-labelledby="related-title">
      <h2 id="related-title">{t('panelRelatedTitle')}</h2>
      {items.length === 0 ? (
        <p class="empty">{t('panelNoRelated')}</p>
      ) : (
        <>
          <ol class="stories">
            {items.map((item) => (
              <RelatedEntry key={item.key} item={item} ctx={ctx} />
            ))}
          </ol>
          <h3 class="timeline-title">{t('panelTimelineTitle')}</h3>
          {points.length ? (
            <ol class="timeline">
              {points.map((p) => (
                <li key={p.key} class={p.current ? 'point current' : 'point'}>
                  <time datetime={p.date}>{dateText(p.date, p.dateIsAsOf, ctx)}</time>
                  <span class="point-title">
                    {p.current ? t('panelThisArticle') : storyTitle(p.headline, p.lead) || t('panelUntitled')}
                  </span>
                </li>
              ))}
            </ol>
          ) : null}
          {undated ? <p class="note">{t('panelUndated', [String(undated)])}</p> : null}
        </>
      )}
    </section>
  );
}
