// The article at the top of the panel: outlet and date above, headline, and how many actors it
// names. What the page does not give stays out: no made-up outlet, no guessed date. Without an
// outlet the page's hostname stands in (plainly a hostname, not dressed as a name).

import { formatDate } from '../shared/i18n.ts';
import type { PageReadingReport } from '../shared/page-data.ts';
import type { ViewContext } from './view-context.ts';

export function ArticleHeader({ reading, ctx }: { reading: PageReadingReport; ctx: ViewContext }) {
  const { t, locale } = ctx;
  const { meta } = reading;
  const mentions = reading.actors.reduce((n, a) => n + a.count, 0);
  const source = meta.outlet || meta.site;
  return (
    <header class="article">
      {source || meta.date ? (
        <p class="article-source">
          {source ? <span class={meta.outlet ? 'outlet' : 'site'}>{source}</span> : null}
          {source && meta.date ? <span aria-hidden="true"> · </span> : null}
          {meta.date ? <time datetime={meta.date}>{formatDate(meta.date, locale)}</time> : null}
        </p>
      ) : null}
      <h1 class={meta.headline ? 'headline' : 'headline untitled'}>{meta.headline || t('panelUntitled')}</h1>
      {reading.actors.length ? (
        <p class="article-summary">{t('panelSummary', [String(reading.actors.length), String(mentions)])}</p>
      ) : null}
    </header>
  );
}
