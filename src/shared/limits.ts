// Every bound on what the extension stores or processes, in one place. Each is checked wherever its
// data crosses a boundary: the message that carries it (src/protocol/checks.ts rejects an oversize payload,
// naming the field and the limit), the file it is imported from (the same number, so a file and a
// message can never disagree), and the storage it is read back from (trimmed, never thrown on).
// Producers keep within them too, so that nothing we make ourselves is ever rejected.

// ---- The page copy: content script → background → offscreen document ----

/** Characters of the page copy's HTML, and of its text nodes taken together. A long news article
 *  page copies to 100–400 thousand; the worker reads about a million characters a second, so a copy
 *  this size is read in two or three seconds. A bigger page is copied up to here and no further. */
export const PAGE_COPY_CHARS = 2_000_000;
/** Elements in the page copy. News article pages have 2–8 thousand; a page with more is an app or
 *  an endless list, and the copy stops here. */
export const PAGE_ELEMENTS = 50_000;
/** Text nodes in the page copy, and text nodes in one page/match-runs message (its runs are made of
 *  the copy's text nodes, so the same number bounds both paths). */
export const PAGE_TEXT_NODES = 50_000;
/** Characters of HTML up to which a copy is read in the page when the worker path fails: that
 *  fallback runs Readability on the page's thread in one task (about 100 ms for a long article's
 *  400,000 characters), which a bigger page must not pay. */
export const IN_PAGE_COPY_CHARS = 500_000;
/** Characters of an address: most web servers refuse a request line longer than 8 KB, so no article
 *  we could be reading has a longer one. */
export const URL_CHARS = 8_192;
/** Characters of an actor id. The glossary's longest is under 60, a reader's actor "user-" plus 48
 *  characters and a number, a person read from an article "article:" plus their name's slug. */
export const ACTOR_ID_CHARS = 200;

// ---- The reading report: content script → background (session storage) → side panel ----

/** Actors in one page's reading report (and cards). An article names a few dozen; the panel ranks
 *  them, so a bigger cast loses its least salient members, not its point. */
export const READING_ACTORS = 500;
/** Pairs of actors sharing a paragraph in one report: they grow with the square of the cast, and the
 *  panel's picture shows the strongest few dozen. */
export const READING_PAIRS = 2_000;
/** Characters of any one text of an actor's card (name, description, role, story headline). The
 *  glossary's longest is about 200; an article's own name and title are shorter still. */
export const CARD_TEXT_CHARS = 1_000;
/** Characters of a headline: in the reading report and in the history. Headlines run to about 150. */
export const HEADLINE_CHARS = 500;
/** Characters of an article's lead (sapo). Leads run to 200–500; the panel compares it with the
 *  corpus stories' leads to say which story this is. */
export const LEAD_CHARS = 2_000;
/** Characters of an outlet's name, as a page gives it (og:site_name). */
export const OUTLET_CHARS = 200;
/** Characters of a page's publication date as carried (an ISO date is 10). */
export const DATE_CHARS = 40;
/** Characters of a hostname (DNS allows 253). */
export const HOSTNAME_CHARS = 253;

// ---- The reading history: storage.local, its export file, history/import ----

/** Articles the history keeps: enough for months of reading, small enough to rewrite on every
 *  article read (about half a megabyte at most). */
export const HISTORY_ENTRIES = 500;
/** Articles one import may carry, by file or by message. Our export never holds more than
 *  HISTORY_ENTRIES; four times that leaves room for files joined by hand from several machines.
 *  Only the newest HISTORY_ENTRIES of what is merged are kept anyway. */
export const IMPORT_ENTRIES = 2_000;
/** Actors one history entry remembers: the most salient first. */
export const ENTRY_ACTORS = 300;
/** People read from one article that its entry remembers. */
export const ENTRY_PEOPLE = 50;
/** Characters of a title an article gives a person ("Phó Ngoại trưởng Nga"). */
export const PERSON_TITLE_CHARS = 200;
/** People the history remembers that the matcher is told about (offscreen/extract carries them
 *  with every page): the newest first. */
export const REMEMBERED_PEOPLE = 500;

// ---- The reader's glossary additions: storage.local, its export file, the form ----

/** Characters of a name or an alias: of an actor the reader adds, and of a person read from an
 *  article. The glossary's longest name is 60 ("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái
 *  Bình Dương"). */
export const NAME_CHARS = 80;
/** Characters of the description the reader writes: a line or two, like the glossary's own. */
export const DESCRIPTION_CHARS = 300;
/** Other names of one actor the reader adds. */
export const ACTOR_ALIASES = 20;
/** Actors the reader may add. Hundreds would be a lot of typing; a thousand keeps the additions,
 *  sent to Chrome's offscreen document on every change, under a few megabytes. */
export const USER_ACTORS = 1_000;
/** New names the reader may give the glossary's own actors. */
export const USER_ALIASES = 2_000;

// ---- Settings and files ----

/** Sites switched off. The bundled sites are about twenty; the rest the reader types one by one. */
export const DISABLED_SITES = 1_000;
/** Bytes of a file to import (history or glossary additions). Our export of a typical history is
 *  about a megabyte; of the largest store (HISTORY_ENTRIES articles of ENTRY_ACTORS actors each,
 *  with ids as long as the glossary's longest) about 20 MB, which this leaves room for. A file is
 *  refused by its size before it is read. */
export const IMPORT_FILE_BYTES = 32 * 1024 * 1024;
