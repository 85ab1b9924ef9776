// The card on a phone: adopted after CARD_CSS (card-styles.ts) by the card's shadow root. A card a
// finger opened is a sheet along the bottom of the screen (card-host.ts places it): full width,
// the phone's reading size, every button a thumb's target (44 px, the size Apple's and Google's
// guidelines give). A mouse's card in a narrow window keeps inside the window.

/** Where the card sits: beside the name, or as a sheet at the bottom of the screen. */
export type CardLayout = 'beside' | 'sheet';

/** Set on the host by card-host.ts: the sheet's height limit, from the visible area (which CSS
 *  viewport units do not know under pinch zoom). Custom properties inherit into the shadow tree. */
export const SHEET_MAX_HEIGHT_VAR = '--boi-canh-sheet-max-height';

const SHEET = '.card[data-layout="sheet"]';

export const SHEET_CSS = `
.card { max-width: min(340px, calc(100vw - 8px)); }
${SHEET} {
  width: 100%; max-width: none; min-width: 0;
  max-height: var(${SHEET_MAX_HEIGHT_VAR}, 60vh); overflow-y: auto; overscroll-behavior: contain;
  padding: 12px 16px calc(14px + env(safe-area-inset-bottom, 0px));
  font-size: 16px; border-width: 4px 0 0; border-radius: 14px 14px 0 0;
  box-shadow: 0 -4px 24px rgba(0, 0, 0, 0.22);
}
${SHEET} .type { font-size: 12px; }
${SHEET} .name { font-size: 20px; }
${SHEET} .latin, ${SHEET} .country { font-size: 15px; }
${SHEET} .as-of, ${SHEET} .source, ${SHEET} .count { font-size: 14px; }
${SHEET} button { min-height: 44px; min-width: 44px; margin-top: 12px; padding: 8px 16px; font-size: 16px; }
${SHEET} button + button { margin-left: 8px; }
${SHEET} .country button.country-link { min-height: 44px; margin: 0; padding: 0 6px; vertical-align: middle; }
`;
