// The world's standing actors: states, territories, capitals and regions from the data packages
// with the reviewed press forms, merged with the corpus's and the public-record actors; and what
// the matcher then marks in sentences the press writes, collisions included.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFileError } from '../../../../../build/glossary/actors.ts';
import { DEFAULT_PATHS, loadAllActors } from '../../../../../build/glossary/main.ts';
import { mergeSources } from '../../../../../build/glossary/standing/merge.ts';
import { loadPressForms } from '../../../../../build/glossary/standing/press-forms.ts';
import { readWorldData } from '../../../../../build/glossary/standing/world-data.ts';
import { buildMatcher, type Matcher } from '../../../../../src/core/matcher.ts';
import type { Actor, AliasSpec } from '../../../../../src/core/types.ts';

let actors: Actor[];
let byId: Map<string, Actor>;
let matcher: Matcher;
beforeAll(() => {
  actors = loadAllActors(DEFAULT_PATHS).actors;
  byId = new Map(actors.map((a) => [a.id, a]));
  matcher = buildMatcher(actors);
});

const texts = (a: Actor) => a.aliases.map((s) => (typeof s === 'string' ? s : s.text));
const cued = (a: Actor) =>
  a.aliases.filter((s): s is Exclude<AliasSpec, string> => typeof s !== 'string').map((s) => s.text);
/** "surface→actor" for every mention in the sentence. */
const marks = (sentence: string) => matcher.findMentions([sentence]).map((m) => `${m.surface}→${m.actorId}`);

describe('states and territories from the data packages', () => {
  it('has every UN member state as a state, under the corpus id where the corpus has one', () => {
    const members = readWorldData().territories.filter((t) => t.unMember);
    expect(members.length).toBeGreaterThanOrEqual(193);
    const states = actors.filter((a) => a.type === 'state');
    expect(states.length).toBeGreaterThanOrEqual(members.length);
    for (const id of [
      'russia',
      'united-states',
      'turkey',
      'china',
      'united-kingdom',
      'lithuania',
      'iran',
      'south-korea',
    ]) {
      expect(byId.get(id)?.type, id).toBe('state');
    }
    expect(byId.has('turkiye')).toBe(false); // the corpus's "turkey", not a second Türkiye
  });

  it('keeps the corpus name and adds the packages’ and the reviewed press forms', () => {
    const us = byId.get('united-states')!;
    expect(us.name).toBe('Mỹ');
    expect(texts(us)).toEqual(expect.arrayContaining(['Hoa Kỳ', 'Hợp chúng quốc Hoa Kỳ']));
    expect(us.latin).toBe('United States');
    const uk = byId.get('united-kingdom')!;
    expect(uk.name).toBe('Vương quốc Anh');
    expect(cued(uk)).toEqual(['Anh']);
    expect(texts(byId.get('lithuania')!)).toEqual(expect.arrayContaining(['Lithuania', 'Lít-va']));
  });

  it('makes a one-syllable package name need a cue unless a reviewer made it plain', () => {
    expect(cued(byId.get('austria')!)).toContain('Áo');
    expect(cued(byId.get('belgium')!)).toContain('Bỉ');
    expect(cued(byId.get('germany')!)).not.toContain('Đức'); // reviewed: the press's own name
  });

  it('uses English names only where the Vietnamese name is itself borrowed', () => {
    expect(texts(byId.get('japan')!)).not.toContain('Japan');
    expect(texts(byId.get('germany')!)).not.toContain('Germany');
    expect(texts(byId.get('lebanon')!)).toContain('Lebanon');
  });

  it('gives states their capital and region, and leaves out disputed or ambiguous capitals', () => {
    expect(byId.get('london')).toMatchObject({
      type: 'place',
      name: 'London',
      links: [{ rel: 'located-in', to: 'united-kingdom' }],
    });
    expect(texts(byId.get('london')!)).toContain('Luân Đôn');
    expect(byId.get('moscow')!.name).toBe('Moskva'); // the corpus's own entry, with the package's spellings added
    expect(byId.get('lithuania')!.description.vi).toBe('Quốc gia ở Bắc Âu; thủ đô Vilnius');
    expect(byId.has('jerusalem')).toBe(false);
    expect(byId.has('victoria')).toBe(false);
    expect(byId.get('eastern-europe')).toMatchObject({ type: 'place', name: 'Đông Âu' });
    expect(texts(byId.get('europe')!)).toContain('châu Âu');
  });
});

describe('what the matcher marks with the standing actors', () => {
  it('marks one-syllable short forms beside a cue, and not as ordinary words', () => {
    expect(marks('Thủ tướng Anh Keir Starmer')).toContain('Anh→united-kingdom');
    expect(marks('Anh, Pháp và Đức cùng lên tiếng.')).toEqual(['Anh→united-kingdom', 'Pháp→france', 'Đức→germany']);
    expect(marks('Căng thẳng Mỹ - Trung leo thang.')).toEqual(['Mỹ→united-states', 'Trung→china']);
    expect(marks('Anh cho biết sẽ trở lại vào tuần sau.')).toEqual([]);
    expect(marks('Trung tướng Nguyễn Văn A phát biểu.')).toEqual([]);
    expect(marks('Áo khoác mùa đông đã về.')).toEqual([]);
    expect(marks('Thủ tướng Áo phát biểu tại Vienna.')).toEqual(['Áo→austria', 'Vienna→vienna']);
  });

  it('marks both states of a dash pair of one-syllable forms, and not the words they are part of', () => {
    expect(marks('Quan hệ Nga - Trung ngày càng chặt chẽ.')).toEqual(['Nga→russia', 'Trung→china']);
    expect(marks('Hợp tác Nhật - Hàn và đối thoại Mỹ-Triều.')).toEqual([
      'Nhật→japan',
      'Hàn→south-korea',
      'Mỹ→united-states',
      'Triều→north-korea',
    ]);
    expect(marks('Biên giới Trung - Ấn; căng thẳng Ấn - Pakistan.')).toEqual([
      'Trung→china',
      'Ấn→india',
      'Ấn→india',
      'Pakistan→pakistan',
    ]);
    expect(marks('Thượng đỉnh Hàn - Nhật - Trung.')).toEqual(['Hàn→south-korea', 'Nhật→japan', 'Trung→china']);
    // Traps: the same syllables in Vietnamese words and places, and in longer names.
    expect(marks('Mưa lớn ở miền Trung - Tây Nguyên; ba miền Bắc - Trung - Nam.')).toEqual([]);
    expect(marks('Kỳ thi Trung - Cao cấp; từ điển Trung - Việt; nhà hàng Hàn - Việt.')).toEqual([]);
    expect(marks('Chính sách Mỹ - Trung Đông và Trung Đông - châu Phi.')).toEqual([
      'Mỹ→united-states',
      'Trung Đông→middle-east',
      'Trung Đông→middle-east',
      'châu Phi→africa',
    ]);
    expect(marks('Hợp tác Hàn Quốc - Nhật Bản và Nhật Bản - Ấn Độ.')).toEqual([
      'Hàn Quốc→south-korea',
      'Nhật Bản→japan',
      'Nhật Bản→japan',
      'Ấn Độ→india',
    ]);
    expect(marks('Trung tâm Nghiên cứu Mỹ - Trung.')).toEqual(['Mỹ→united-states', 'Trung→china']);
  });

  it('marks capitals, regions and borrowed names, and not names inside other names', () => {
    expect(marks('Phái đoàn tới Luân Đôn rồi sang châu Âu.')).toEqual(['Luân Đôn→london', 'châu Âu→europe']);
    expect(marks('Lithuania và Litva là một.')).toEqual(['Lithuania→lithuania', 'Litva→lithuania']);
    expect(marks('Thống đốc bang New Jersey')).toEqual([]);
    expect(marks('Bang Georgia của Mỹ')).toEqual(['Mỹ→united-states']);
    expect(marks('Tổng thống Gruzia tới Tbilisi.')).toEqual(['Gruzia→georgia', 'Tbilisi→tbilisi']);
  });
});

describe('merging sources', () => {
  const actor = (id: string, name: string, aliases: AliasSpec[] = []): Actor => ({
    id,
    type: 'state',
    name,
    aliases,
    description: { vi: id, en: id },
  });

  it('gives a spelling two actors claim to the reviewed one, or to neither', () => {
    const merged = mergeSources([
      { source: 'corpus', actors: [actor('congo', 'Congo')], where: 'actors.json' },
      {
        source: 'data',
        actors: [actor('dr-congo', 'CHDC Congo', ['Congo']), actor('a', 'A', ['Shared']), actor('b', 'B', ['Shared'])],
        where: 'packages',
      },
    ]);
    const get = (id: string) => merged.actors.find((a) => a.id === id)!;
    expect(get('congo').aliases).toEqual([]);
    expect(get('dr-congo').aliases).toEqual([]);
    expect(get('a').aliases).toEqual([]);
    expect(get('b').aliases).toEqual([]);
    expect(merged.dropped).toEqual(expect.arrayContaining(['"congo" of dr-congo', '"shared" of a', '"shared" of b']));
  });

  it('merges one id from two sources: the surer name, everyone’s spellings, no cue on its own name', () => {
    const merged = mergeSources([
      { source: 'corpus', actors: [actor('russia', 'Nga', ['Liên bang Nga'])], where: 'actors.json' },
      {
        source: 'data',
        actors: [actor('russia', 'Russia', [{ text: 'Nga', needsCue: true }, 'Rossiya'])],
        where: 'packages',
      },
    ]);
    expect(merged.actors).toHaveLength(1);
    expect(merged.actors[0]).toMatchObject({ name: 'Nga', aliases: ['Liên bang Nga', 'Rossiya', 'Russia'] });
    expect(merged.sources.get('russia')).toBe('corpus');
  });

  it('refuses one spelling for two reviewed actors, naming both files', () => {
    const e = (() => {
      try {
        mergeSources([
          { source: 'corpus', actors: [actor('a', 'Alpha')], where: 'actors.json' },
          { source: 'record', actors: [actor('b', 'Beta', ['Alpha'])], where: 'standing/organizations.json' },
        ]);
      } catch (error) {
        return error as Error;
      }
      return null;
    })();
    expect(e).toBeInstanceOf(DataFileError);
    expect(e!.message).toContain('a (actors.json) and b (standing/organizations.json)');
  });
});

describe('the press forms file', () => {
  it('names the file and line of each problem', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'boi-canh-press-')), 'states.json');
    writeFileSync(
      file,
      '[\n  { "code": "GB", "name": "Anh" },\n  { "code": "gb", "cued": "Anh" },\n  { "code": "GB" }\n]\n',
    );
    const e = (() => {
      try {
        loadPressForms(file);
      } catch (error) {
        return error as DataFileError;
      }
      return null;
    })();
    expect(e?.problems).toEqual([
      `${file}:3: gb: code must be an ISO 3166 alpha-2 or UN M49 code`,
      `${file}:3: gb: cued must be a list of names`,
      `${file}:2: GB: code listed twice`,
    ]);
  });
});
