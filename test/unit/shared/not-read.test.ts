// Why the toolbar button could not read a tab: known from the address where it can be, else from
// the browser's error; the reader is told, never left with a silent button.
import { describe, expect, it } from 'vitest';
import { reasonOfError, unreadableAddress } from '../../../src/shared/not-read.ts';

describe('a tab the button cannot read', () => {
  it('knows browser pages, stores and PDFs from the address, and lets web pages be tried', () => {
    expect(unreadableAddress('chrome://extensions/')).toBe('browser-page');
    expect(unreadableAddress('about:addons')).toBe('browser-page');
    expect(unreadableAddress('moz-extension://abc/options.html')).toBe('browser-page');
    expect(unreadableAddress('https://chromewebstore.google.com/detail/x')).toBe('browser-page');
    expect(unreadableAddress('https://addons.mozilla.org/vi/firefox/')).toBe('browser-page');
    expect(unreadableAddress('https://www.mofa.gov.vn/bao-cao.PDF')).toBe('pdf');
    expect(unreadableAddress('https://vietnamnet.vn/the-gioi/bai-viet.html')).toBeNull();
    expect(unreadableAddress('https://vietnamnet.vn/pdf-la-gi.html')).toBeNull();
    // No address (the browser did not share it): the attempt will tell.
    expect(unreadableAddress(undefined)).toBeNull();
    expect(unreadableAddress('not a url')).toBeNull();
  });

  it('reads the reason from the errors Chromium and Firefox give', () => {
    expect(reasonOfError(new Error('Cannot access a chrome:// URL'))).toBe('browser-page');
    expect(reasonOfError(new Error('The extensions gallery cannot be scripted.'))).toBe('browser-page');
    expect(
      reasonOfError(
        new Error(
          'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
        ),
      ),
    ).toBe('no-permission');
    expect(reasonOfError(new Error('Missing host permission for the tab'))).toBe('no-permission');
    expect(reasonOfError(new Error('Could not establish connection. Receiving end does not exist.'))).toBe('failed');
    expect(reasonOfError('odd')).toBe('failed');
  });
});
