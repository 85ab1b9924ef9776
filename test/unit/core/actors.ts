// A small, real glossary for the core's tests: actors of the seed articles, written as the
// reviewed list writes them. Built inline here so the tests do not depend on the corpus file.
import type { Actor, ActorType, AliasSpec } from '../../../src/core/types.ts';
import { buildMatcher, type Matcher } from '../../../src/core/matcher.ts';

function actor(id: string, type: ActorType, name: string, aliases: AliasSpec[] = [], shortNames?: string[]): Actor {
  return { id, type, name, aliases, ...(shortNames ? { shortNames } : {}), description: { vi: '', en: '' } };
}

export const TEST_ACTORS: Actor[] = [
  actor('russia', 'state', 'Nga', ['Liên bang Nga', 'LB Nga']),
  actor('belarus', 'state', 'Belarus', ['Cộng hòa Belarus', 'Bê-la-rút']),
  actor('united-states', 'state', 'Mỹ', ['Hoa Kỳ']),
  actor('ukraine', 'state', 'Ukraine', ['Ukraina', 'U-crai-na']),
  actor('china', 'state', 'Trung Quốc', ['Trung']),
  actor('japan', 'state', 'Nhật Bản', ['Nhật']),
  actor('germany', 'state', 'Đức', ['CHLB Đức']),
  actor('france', 'state', 'Pháp'),
  actor('india', 'state', 'Ấn Độ', ['Ấn']),
  actor('united-kingdom', 'state', 'Vương quốc Anh', [{ text: 'Anh', needsCue: true }]),
  actor('switzerland', 'state', 'Thụy Sĩ'),
  actor('ivory-coast', 'state', "Côte d'Ivoire", ['Bờ Biển Ngà']),
  actor('vietnam', 'state', 'Việt Nam'),
  actor('vladimir-putin', 'person', 'Vladimir Putin', ['V.Pu-tin', 'V. Pu-tin'], ['Putin', 'Pu-tin']),
  actor('vladimir-bruter', 'person', 'Vladimir Bruter', [], ['Bruter']),
  actor(
    'alexander-lukashenko',
    'person',
    'Alexander Lukashenko',
    ['Aleksandr Lukashenko', 'A.Lu-ca-sen-cô'],
    ['Lukashenko', 'Lu-ca-sen-cô'],
  ),
  actor('dmitry-peskov', 'person', 'Dmitry Peskov', ['Dmitri Peskov'], ['Peskov']),
  actor('dmitry-stefanovich', 'person', 'Dmitry Stefanovich', [], ['Stefanovich']),
  actor('sergey-lavrov', 'person', 'Sergey Lavrov', ['Sergei Lavrov'], ['Lavrov']),
  actor('sergey-shoigu', 'person', 'Sergey Shoigu', ['Sergei Shoigu'], ['Shoigu']),
  actor('sergey-aleynik', 'person', 'Sergey Aleynik', [], ['Aleynik']),
  actor('viktor-khrenin', 'person', 'Viktor Khrenin', [], ['Khrenin']),
  actor('xi-jinping', 'person', 'Tập Cận Bình', ['Xi Jinping'], ['Tập']),
  actor('kim-jong-un', 'person', 'Kim Jong-un', [], ['Kim']),
  actor('kim-yo-jong', 'person', 'Kim Yo-jong', [], ['Kim']),
  actor('donald-trump', 'person', 'Donald Trump', [], ['Trump']),
  actor('karine-jean-pierre', 'person', 'Karine Jean-Pierre', [], ['Jean-Pierre']),
  actor('lloyd-austin', 'person', 'Lloyd Austin', [], ['Austin']),
  actor('kremlin', 'organization', 'Điện Kremlin'),
  actor('white-house', 'organization', 'Nhà Trắng'),
  actor('pentagon', 'organization', 'Lầu Năm Góc'),
  actor('russia-defence-ministry', 'organization', 'Bộ Quốc phòng Nga'),
  actor('nato', 'organization', 'NATO', ['Tổ chức Hiệp ước Bắc Đại Tây Dương']),
  actor('rt', 'media', 'RT'),
  actor('zapad-2025', 'event', 'Zapad-2025'),
  actor('iskander', 'weapon', 'Iskander'),
  actor('s-400', 'weapon', 'S-400'),
  actor('su-24', 'weapon', 'Su-24'),
  actor('mq-9-reaper', 'weapon', 'MQ-9 Reaper'),
];

export const matcher: Matcher = buildMatcher(TEST_ACTORS);

/** A mention as one comparable row: actor, surface, start segment/offset, end segment/offset, basis. */
export type Row = [string, string, number, number, number, number, string];

export function rows(segments: readonly string[]): Row[] {
  return matcher
    .findMentions(segments)
    .map((m) => [m.actorId, m.surface, m.start.segment, m.start.offset, m.end.segment, m.end.offset, m.basis]);
}

/** Mentions of one segment as [actor, surface, start, end]. */
export function spans(text: string): [string, string, number, number][] {
  return matcher.findMentions([text]).map((m) => [m.actorId, m.surface, m.start.offset, m.end.offset]);
}

/** The actor ids found in a text, in order. */
export function ids(text: string): string[] {
  return matcher.findMentions([text]).map((m) => m.actorId);
}

/** Offsets of the n-th occurrence (0-based) of `part` in `text`, for expected values. */
export function find(text: string, part: string, nth = 0): [number, number] {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`"${part}" #${nth} not in test text`);
  }
  return [at, at + part.length];
}
