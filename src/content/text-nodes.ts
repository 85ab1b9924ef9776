// Which elements hold readable text, and where a run of inline text ends. The matcher sees one
// run at a time: a name may cross inline elements ("Tổng thống&nbsp;<a>Nga</a>",
// "<span>Vladimir</span> <span>Putin</span>") but never a block boundary or a line break.
// Decided by tag name, not computed style: reading styles would force layout on the page's thread.

/** Elements that start a new line of text. A run ends where one opens or closes. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'legend', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'video', 'audio', 'picture',
]);

/** Elements whose content is not page text for a reader (or not text at all): their bodies are
 *  left out of the copy, and their text nodes are never marked. */
// biome-ignore format: a list packed by hand, a few items to a line, reads as a list
export const OPAQUE_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'svg', 'math',
  'iframe', 'object', 'canvas', 'head', 'title', 'input', 'button',
]);
