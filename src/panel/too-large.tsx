// A page too large to read whole is read up to the copy's bounds (src/shared/limits.ts) and no
// further. The panel says so plainly, beside what was found, so that a short cast is not taken for
// the whole article's.

import type { PageReadingReport } from '../shared/page-data.ts';
import type { Translate } from '../shared/i18n.ts';

/** Thousands of characters, as a reader counts them: whole, at least one, written the locale's way. */
export function thousandsRead(readChars: number, locale: 'vi' | 'en'): string {
  const thousands = Math.max(1, Math.round(readChars / 1000));
  return thousands.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');
}

export function TooLargeNotice({
  reading,
  t,
  locale,
}: {
  reading: PageReadingReport;
  t: Translate;
  locale: 'vi' | 'en';
}) {
  if (!reading.tooLarge) return null;
  return (
    <p class="notice too-large" role="note" data-state="too-large">
      {t('panelTooLarge', [thousandsRead(reading.tooLarge.readChars, locale)])}
    </p>
  );
}
