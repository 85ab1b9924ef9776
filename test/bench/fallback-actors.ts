// Stand-in for src/corpus/actors.json while that file does not exist yet: the actors the five seed
// articles name, in the same shape, so the bench measures realistic work from day one.
// The bench switches to the real list as soon as it appears (see loadSeedActors).
import type { Actor } from '../../src/core/types.ts';

type Entry = Pick<Actor, 'id' | 'type' | 'name' | 'aliases'> & Partial<Pick<Actor, 'latin' | 'shortNames'>>;

const ENTRIES: Entry[] = [
  { id: 'russia', type: 'state', name: 'Nga', latin: 'Russia', aliases: ['Liên bang Nga'] },
  { id: 'belarus', type: 'state', name: 'Belarus', aliases: ['Cộng hòa Belarus', 'Bạch Nga'] },
  { id: 'ukraine', type: 'state', name: 'Ukraine', aliases: ['Ukraina'] },
  {
    id: 'united-states',
    type: 'state',
    name: 'Mỹ',
    latin: 'United States',
    aliases: ['Hoa Kỳ', 'Hợp chúng quốc Hoa Kỳ'],
  },
  { id: 'china', type: 'state', name: 'Trung Quốc', latin: 'China', aliases: [] },
  { id: 'hungary', type: 'state', name: 'Hungary', aliases: [] },
  { id: 'turkey', type: 'state', name: 'Thổ Nhĩ Kỳ', latin: 'Türkiye', aliases: [] },
  { id: 'poland', type: 'state', name: 'Ba Lan', latin: 'Poland', aliases: [] },
  { id: 'iran', type: 'state', name: 'Iran', aliases: [] },
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', aliases: ['V.Pu-tin'], shortNames: ['Putin'] },
  {
    id: 'alexander-lukashenko',
    type: 'person',
    name: 'Alexander Lukashenko',
    aliases: ['Aleksandr Lukashenko', 'A.Lu-ca-sen-cô'],
    shortNames: ['Lukashenko'],
  },
  { id: 'donald-trump', type: 'person', name: 'Donald Trump', aliases: ['Đ.Trăm'], shortNames: ['Trump'] },
  { id: 'joe-biden', type: 'person', name: 'Joe Biden', aliases: ['G.Bai-đơn'], shortNames: ['Biden'] },
  {
    id: 'sergey-lavrov',
    type: 'person',
    name: 'Sergey Lavrov',
    aliases: ['Sergei Lavrov', 'X.La-vrốp'],
    shortNames: ['Lavrov'],
  },
  { id: 'viktor-khrenin', type: 'person', name: 'Viktor Khrenin', aliases: [], shortNames: ['Khrenin'] },
  {
    id: 'andrey-belousov',
    type: 'person',
    name: 'Andrey Belousov',
    aliases: ['Andrei Belousov'],
    shortNames: ['Belousov'],
  },
  { id: 'lloyd-austin', type: 'person', name: 'Lloyd Austin', aliases: [], shortNames: ['Austin'] },
  { id: 'dmitry-peskov', type: 'person', name: 'Dmitry Peskov', aliases: ['Dmitri Peskov'], shortNames: ['Peskov'] },
  { id: 'karine-jean-pierre', type: 'person', name: 'Karine Jean-Pierre', aliases: [], shortNames: ['Jean-Pierre'] },
  {
    id: 'sergey-aleynik',
    type: 'person',
    name: 'Sergey Aleynik',
    aliases: ['Sergei Aleinik'],
    shortNames: ['Aleynik'],
  },
  { id: 'vladimir-bruter', type: 'person', name: 'Vladimir Bruter', aliases: [], shortNames: ['Bruter'] },
  { id: 'john-coale', type: 'person', name: 'John Coale', aliases: [], shortNames: ['Coale'] },
  { id: 'patrick-ryder', type: 'person', name: 'Patrick Ryder', aliases: [], shortNames: ['Ryder'] },
  { id: 'kremlin', type: 'organization', name: 'Điện Kremlin', latin: 'Kremlin', aliases: ['Kremlin'] },
  { id: 'white-house', type: 'organization', name: 'Nhà Trắng', latin: 'White House', aliases: [] },
  { id: 'pentagon', type: 'organization', name: 'Lầu Năm Góc', latin: 'Pentagon', aliases: ['Bộ Quốc phòng Mỹ'] },
  { id: 'belarus-ministry-of-defence', type: 'organization', name: 'Bộ Quốc phòng Belarus', aliases: ['BQP Belarus'] },
  { id: 'russia-ministry-of-defence', type: 'organization', name: 'Bộ Quốc phòng Nga', aliases: [] },
  { id: 'nato', type: 'organization', name: 'NATO', aliases: ['Tổ chức Hiệp ước Bắc Đại Tây Dương'] },
  { id: 'minsk', type: 'place', name: 'Minsk', aliases: [] },
  { id: 'moscow', type: 'place', name: 'Moskva', latin: 'Moscow', aliases: ['Moscow', 'Mát-xcơ-va'] },
  { id: 'kyiv', type: 'place', name: 'Kiev', latin: 'Kyiv', aliases: ['Kyiv', 'Ki-ép'] },
  { id: 'washington', type: 'place', name: 'Washington', aliases: ['Oa-sinh-tơn'] },
  { id: 'zapad-2025', type: 'event', name: 'Zapad-2025', aliases: ['tập trận Zapad-2025'] },
  { id: 'iskander', type: 'weapon', name: 'Iskander', aliases: ['Iskander-M'] },
  { id: 'atacms', type: 'weapon', name: 'ATACMS', aliases: [] },
  { id: 'reuters', type: 'media', name: 'Reuters', aliases: [] },
  { id: 'ria-novosti', type: 'media', name: 'RIA Novosti', aliases: [] },
  { id: 'tass', type: 'media', name: 'TASS', aliases: [] },
];

export const FALLBACK_ACTORS: readonly Actor[] = ENTRIES.map((e) => ({
  ...e,
  // The bench never shows descriptions; an empty pair keeps the shape without inventing facts.
  description: { vi: '', en: '' },
}));
