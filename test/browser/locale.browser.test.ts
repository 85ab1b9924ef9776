// The hover card in a browser whose UI is Vietnamese, in Chromium and Firefox: every label the
// reader sees comes from src/_locales/vi, and the glossary's Vietnamese description and date style
// are used. The other browser tests run with an English UI. Expected strings are built from the
// locale file and the built glossary, not copied here.
//
// Debian ships only the en-US UI: Chromium needs the chromium-l10n package, Firefox ESR the
// firefox-esr-l10n-vi language pack.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatMessage, translateFrom, type MessagesFile } from '../../src/shared/i18n.ts';
import {
  CHROMIUM_LOCALES_DIR,
  distDir,
  launchChromium,
  PROJECT_ROOT,
  saveScreenshot,
  startFixtureServer,
  type FixtureServer,
} from '../../tools/browsers/index.ts';
import { chromiumDriverFor, firefoxDriver, type CardInfo, type Driver } from './extension/drivers.ts';
import { cardOn, waitForMarks } from './extension/page-helpers.ts';

const ARTICLE = '/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html';
const VI = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'src', '_locales', 'vi', 'messages.json'), 'utf8'),
) as MessagesFile;
const t = translateFrom(VI);

interface GlossaryActor {
  id: string;
  name: string;
  original?: string;
  description: { vi: string };
  roles: { title: string; asOf?: string }[];
  storyIds: string[];
}
const GLOSSARY = JSON.parse(readFileSync(join(distDir('chrome'), 'glossary.json'), 'utf8')) as {
  actors: GlossaryActor[];
};

function actor(id: string): GlossaryActor {
  const found = GLOSSARY.actors.find((a) => a.id === id);
  if (!found) throw new Error(`the built glossary has no actor ${id}`);
  return found;
}

/** A message with one placeholder as a pattern: the substitution may be any text. */
function pattern(key: string): string {
  const marker = '\u0000';
  return formatMessage(VI[key]!, [marker])
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(marker, '.+');
}

function storyCountLine(a: GlossaryActor): string {
  return a.storyIds.length === 1 ? t('cardStoryCountOne') : t('cardStoryCount', [String(a.storyIds.length)]);
}

/** Viktor Khrenin's card, line by line, as the Vietnamese UI must show it. */
function expectKhreninCard(card: CardInfo): void {
  const khrenin = actor('viktor-khrenin');
  // One role with a date: the card shows it with "tính đến" and the d/m/yyyy date style.
  expect(khrenin.roles.length).toBe(1);
  const role = khrenin.roles[0]!;
  expect(role.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(card.label).toBe(khrenin.name);
  expect(card.lines.length).toBe(6);
  expect(card.lines.slice(0, 3)).toEqual([t('type_person'), khrenin.name, khrenin.original]);
  // The role line, then where it comes from (the story's headline, "Theo “…”").
  const roleLine = `${role.title} · ${t('cardAsOf', [formatDate(role.asOf!, 'vi')])}`;
  expect(card.lines[3]!.startsWith(roleLine), `${card.lines[3]} starts with ${roleLine}`).toBe(true);
  expect(card.lines[3]!.slice(roleLine.length)).toMatch(new RegExp(`^${pattern('cardSource')}$`));
  expect(card.lines.slice(4)).toEqual([khrenin.description.vi, storyCountLine(khrenin)]);
  expect(card.buttons).toEqual([t('cardOpenPanel')]);
}

function defineLocaleSuite(name: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(`Vietnamese UI in ${name}`, () => {
    let server: FixtureServer;
    let driver: Driver;

    beforeAll(async () => {
      server = await startFixtureServer();
      driver = await makeDriver(server);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('the card speaks Vietnamese: type names, role date, source, count and button from the vi locale', async () => {
      const page = await driver.open(server.url('vnexpress.net', ARTICLE));
      await waitForMarks(page);
      const card = await cardOn(driver, page, 'Viktor Khrenin', { within: 'article.fck_detail' });
      // English here means the browser has no Vietnamese UI (see the header).
      expect(card.lines[0], 'the card is not in Vietnamese: is the language pack installed?').toBe(t('type_person'));
      expectKhreninCard(card);
      await saveScreenshot(page, `hover-card-vi-${driver.name}`);

      const belarus = actor('belarus');
      const state = await cardOn(driver, page, 'Belarus', { within: 'h1.title-detail' });
      expect(state.lines).toEqual([
        t('type_state'),
        belarus.name,
        ...(belarus.original ? [belarus.original] : []),
        belarus.description.vi,
        storyCountLine(belarus),
      ]);

      if (driver.name === 'chromium') {
        // The toolbar button's tooltip counts the actors in Vietnamese too.
        const tabId = await driver.tabId(page);
        const badge = (await driver.badge(page)) as string;
        expect(badge).toMatch(/^[1-9]\d*$/);
        expect(await driver.inBackground(`chrome.action.getTitle({ tabId: ${tabId} })`)).toBe(
          t('actionTitleCount', [badge]),
        );
      }
    });
  });
}

defineLocaleSuite('Chromium', async (server) => {
  if (!existsSync(join(CHROMIUM_LOCALES_DIR, 'vi.pak'))) {
    throw new Error(`Chromium has no Vietnamese UI (${CHROMIUM_LOCALES_DIR}/vi.pak): apt-get install chromium-l10n`);
  }
  return chromiumDriverFor(await launchChromium({ hostnames: server.hostnames, locale: 'vi' }));
});
defineLocaleSuite('Firefox', () => firefoxDriver({ locale: 'vi' }));
