// Every visible string comes from src/_locales (Vietnamese default, English). Components take a
// `Translate` function instead of calling the browser API, so that Node tests render them with the
// real messages files and the same placeholder rules as the browser.

// Type only: the keys are checked at compile time, and the bundles do not carry the file.
import type enMessages from '../_locales/en/messages.json';

/** A key of the messages files (en and vi have the same keys: test/unit/marking/card.test.tsx), so
 *  that a misspelt key fails the type check instead of showing an empty line. */
export type MessageKey = keyof typeof enMessages;

export type Translate = (key: MessageKey, substitutions?: readonly string[]) => string;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessagesFile = Record<string, MessageEntry>;

/** The browsers' substitution rules: a named $PLACEHOLDER$ (case-insensitive) becomes its
 *  `content`, in which $1..$9 are the substitutions; "$$" is a literal "$". */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = named.get(name.toLowerCase());
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}

/** A Translate over a messages file; a missing key is a bug, so it throws in tests. */
export function translateFrom(messages: MessagesFile): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message "${key}" in the messages file`);
    return formatMessage(entry, substitutions);
  };
}

/** A Translate over the browser's i18n API. An unknown key gives "" there; we log it instead of
 *  showing an empty line. */
export function browserTranslate(getMessage: (key: string, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) => {
    const text = getMessage(key, substitutions ? [...substitutions] : undefined);
    if (!text) console.warn(`[Bối cảnh] missing message "${key}"`);
    return text;
  };
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-09-15" → "15/9/2025" (the Vietnamese press style) or "15 Sep 2025"; "2024-07" (a date
 *  known to the month) → "7/2024" or "Jul 2024". Not an ISO date → as is. */
export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = Number(mo);
  if (d === undefined) return locale === 'vi' ? `${month}/${y}` : `${EN_MONTHS[month - 1]} ${y}`;
  const day = Number(d);
  return locale === 'vi' ? `${day}/${month}/${y}` : `${day} ${EN_MONTHS[month - 1]} ${y}`;
}

/** When a role holds: "từ 7/2024", "từ 7/2019 đến 9/2022", or "tính đến 15/9/2025"; "" when the
 *  role has no date. Dates known from public record say since / until; a corpus role says as of
 *  its story's date. */
export function roleWhen(role: { asOf: string; since?: string; until?: string }, t: Translate, locale: string): string {
  const date = (d: string) => formatDate(d, locale);
  if (role.since && role.until) return t('roleSinceUntil', [date(role.since), date(role.until)]);
  if (role.until) return t('roleUntil', [date(role.until)]);
  if (role.since) return t('roleSince', [date(role.since)]);
  return role.asOf ? t('cardAsOf', [date(role.asOf)]) : '';
}
