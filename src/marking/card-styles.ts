// The card's stylesheet, adopted by its shadow root. `:host { all: initial }` keeps the page's
// styles out; the shadow root keeps ours in. Colours follow the reader's light/dark preference,
// not the page's, so the card is readable whatever the site looks like.

export const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; display: block; }
:host([hidden]) { display: none; }
/* The mention the card is about, outlined over the page's text (card-host.ts says why it is not
   a highlight): the current-mark highlight's tint, in boxes the pointer passes through. */
.current-mark { position: fixed; pointer-events: none; background: rgba(255, 200, 0, 0.4); border-radius: 2px; }
.card {
  box-sizing: border-box; max-width: 340px; min-width: 220px; padding: 10px 12px 12px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #1d232b; background: #fffdf8; border: 1px solid #d8d2c4; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); text-align: left; overflow-wrap: anywhere;
  border-top: 4px solid var(--accent, #7a6a3a);
}
.card[data-type="person"] { --accent: #1f6feb; }
.card[data-type="state"] { --accent: #b35900; }
.card[data-type="organization"] { --accent: #238636; }
.card[data-type="place"] { --accent: #8250df; }
.card[data-type="event"] { --accent: #cf222e; }
.card[data-type="treaty"] { --accent: #0a7f86; }
.card[data-type="weapon"] { --accent: #6e7781; }
.card[data-type="media"] { --accent: #9a6700; }
.type { font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase; color: #5c6570; }
.name { font-size: 17px; font-weight: 650; margin-top: 2px; }
.latin { color: #5c6570; font-size: 13px; }
.role { margin-top: 6px; }
.role-title { font-weight: 600; }
.as-of, .source, .count { color: #5c6570; font-size: 12.5px; }
.as-of { white-space: nowrap; }
.description { margin: 6px 0 0; }
.count { margin-top: 6px; }
.country { margin-top: 6px; font-size: 13px; }
.country button.country-link {
  margin: 0; padding: 0; border: 0; background: none; color: inherit; font: inherit; font-weight: 600;
  text-decoration: underline 1px; text-underline-offset: 2px;
}
.country button.country-link:hover { background: none; text-decoration-thickness: 2px; }
button {
  margin-top: 8px; font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px;
  border: 1px solid #b9b2a3; background: #f3efe6; color: inherit; cursor: pointer;
}
button + button { margin-left: 6px; }
button:hover { background: #ebe5d8; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6e2d8; background: #23262b; border-color: #3b3f46; }
  .type, .latin, .as-of, .source, .count { color: #a8adb5; }
  button { background: #2f333a; border-color: #4a4f57; }
  button:hover { background: #383d45; }
}
`;
