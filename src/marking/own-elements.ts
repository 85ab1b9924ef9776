// The elements the marking kit adds to a page: the card's host, the fallback marks, the marks'
// <style>. The content script's reading and its page watcher leave them out: they are not the
// page's text, and drawing them is not the page changing.

/** Our own elements (the card host, fallback marks' host...) are never read as page text. */
export const OWN_TAG_PREFIX = 'boi-canh-';
/** The hover card's host is a plain <div> (a custom element name could be defined by the page
 *  before us and take it over), known by this attribute. */
export const CARD_HOST_ATTR = 'data-boi-canh-card';
/** Our marks' <style>, where the browser cannot adopt a stylesheet (marks.ts). */
export const OWN_STYLE_ATTR = 'data-boi-canh';

/** Is this element one of ours (a fallback mark, the card's host)? The page's copy and the page
 *  watcher leave them out. */
export function isOwnElement(element: Element): boolean {
  return (
    element.localName.startsWith(OWN_TAG_PREFIX) ||
    element.hasAttribute(CARD_HOST_ATTR) ||
    element.hasAttribute(OWN_STYLE_ATTR)
  );
}
