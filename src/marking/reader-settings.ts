// The reader's settings as a marked page sees them (the content script, the reader page): read
// once before the first reading of the page, then followed through storage.onChanged, so that a
// change in the options page applies to every open tab at once (a site switched off is unmarked, a
// new mark style repainted).

import { browser } from '../shared/browser.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY, readSettings, siteIsOff, type Settings } from '../keeping/settings.ts';

export class ReaderSettings {
  private settings: Settings = { ...DEFAULT_SETTINGS };

  constructor(private readonly hostname: string) {}

  get current(): Settings {
    return this.settings;
  }

  /** True when the reader switched this site off in the options page. */
  get siteOff(): boolean {
    return this.offIn(this.settings);
  }

  offIn(settings: Settings): boolean {
    return siteIsOff(settings, this.hostname);
  }

  /** Reads the stored settings; the defaults stand if storage cannot be read. */
  async load(): Promise<void> {
    try {
      this.settings = readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    } catch (error) {
      console.warn('[Bối cảnh] settings could not be read, using the defaults:', error);
    }
  }

  /** Calls `listener(next, previous)` whenever the stored settings change. */
  follow(listener: (next: Settings, previous: Settings) => void): void {
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const previous = this.settings;
      this.settings = readSettings(changes[SETTINGS_KEY]!.newValue);
      try {
        listener(this.settings, previous);
      } catch (error) {
        console.warn('[Bối cảnh] applying new settings:', error);
      }
    });
  }
}
