// Shared inputs for the history tests: real-looking reads of the seed articles, an in-memory
// storage area, and the real messages files.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StorageArea } from '../../../src/background/history.ts';
import type { HistoryEntry } from '../../../src/keeping/history.ts';
import { translateFrom, type MessagesFile } from '../../../src/shared/i18n.ts';

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'src', '_locales');
export const messages = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile;
export const tVi = translateFrom(messages('vi'));
export const tEn = translateFrom(messages('en'));

export const ZAPAD: HistoryEntry = {
  url: 'https://vnexpress.net/the-gioi/si-quan-my-quan-sat-tap-tran-zapad-2025.html',
  headline: 'Sĩ quan Mỹ tới quan sát tập trận chung Belarus - Nga',
  outlet: 'VnExpress',
  date: '2025-09-15',
  readAt: '2025-09-16T07:30:00.000Z',
  actors: [
    { actorId: 'belarus', count: 9, salience: 0.31 },
    { actorId: 'united-states', count: 6, salience: 0.2 },
    { actorId: 'zapad-2025', count: 3, salience: 0.09 },
  ],
};

export const AUSTIN: HistoryEntry = {
  url: 'https://tuoitre.vn/bo-truong-quoc-phong-nga-my-dien-dam-giua-cang-thang.htm',
  headline: 'Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng',
  outlet: 'Tuổi Trẻ',
  date: '2024-06-27',
  readAt: '2025-09-17T02:00:00.000Z',
  actors: [
    { actorId: 'andrey-belousov', count: 5, salience: 0.24 },
    { actorId: 'lloyd-austin', count: 5, salience: 0.24 },
  ],
};

export const LAVROV: HistoryEntry = {
  url: 'https://dantri.com.vn/the-gioi/nga-belarus-nghien-cuu-chi-tiet-ve-cau-truc-an-ninh-a-au-moi.htm',
  headline: 'Nga, Belarus nghiên cứu chi tiết về cấu trúc an ninh Á-Âu mới',
  outlet: '',
  date: '',
  readAt: '2025-09-18T12:45:00.000Z',
  actors: [{ actorId: 'sergey-lavrov', count: 4, salience: 0.3 }],
};

/** storage.local in memory, with JSON round trips like the browser's structured storage. */
export class MemoryArea implements StorageArea {
  readonly data = new Map<string, string>();
  writes = 0;

  async get(key: string): Promise<Record<string, unknown>> {
    const v = this.data.get(key);
    return v === undefined ? {} : { [key]: JSON.parse(v) };
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes++;
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
  }
}
