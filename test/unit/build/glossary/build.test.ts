// The glossary build end to end, on the real corpus and on copies of it made wrong on purpose.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFileError } from '../../../../build/glossary/actors.ts';
import {
  buildGlossaryFile,
  CoverageError,
  DEFAULT_PATHS,
  type GlossaryPaths,
} from '../../../../build/glossary/main.ts';
import type { Glossary } from '../../../../src/core/types.ts';

const ZAPAD = '000-si-quan-my-quan-sat-zapad-2025';
const CALL = '002-bo-truong-quoc-phong-nga-my-dien-dam';

/** A copy of the corpus and data files in a temp folder, to change without touching the real ones. */
function corpusCopy(): GlossaryPaths {
  const dir = mkdtempSync(join(tmpdir(), 'boi-canh-glossary-'));
  cpSync(DEFAULT_PATHS.articles, join(dir, 'articles'), { recursive: true });
  cpSync(DEFAULT_PATHS.actors, join(dir, 'actors.json'));
  cpSync(DEFAULT_PATHS.notActors, join(dir, 'not-actors.json'));
  cpSync(DEFAULT_PATHS.standing, join(dir, 'standing'), { recursive: true });
  return {
    articles: join(dir, 'articles'),
    actors: join(dir, 'actors.json'),
    notActors: join(dir, 'not-actors.json'),
    standing: join(dir, 'standing'),
    out: join(dir, 'out', 'glossary.json'),
  };
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** A new first paragraph of the article's body. */
function addBodyParagraph(file: string, paragraph: string): void {
  edit(file, (t) => t.replace('\n@body\n', `\n@body\n${paragraph}\n`));
}

function errorOf(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the build to fail');
}

describe('the glossary built from the real corpus', () => {
  let glossary: Glossary;
  let paths: GlossaryPaths;
  beforeAll(() => {
    paths = corpusCopy();
    buildGlossaryFile(paths);
    glossary = JSON.parse(readFileSync(paths.out, 'utf8'));
  });
  const actor = (id: string) => glossary.actors.find((a) => a.id === id)!;
  const story = (id: string) => glossary.stories.find((s) => s.id === id)!;

  it('is byte-identical when built again from the same input', () => {
    const again = { ...paths, out: paths.out.replace('glossary.json', 'again.json') };
    buildGlossaryFile(again);
    expect(readFileSync(again.out)).toEqual(readFileSync(paths.out));
  });

  it('has every reviewed actor and every story of the corpus', () => {
    const reviewed = (JSON.parse(readFileSync(DEFAULT_PATHS.actors, 'utf8')) as { id: string }[]).map((a) => a.id);
    const corpusActors = glossary.actors.filter((a) => a.source === 'corpus').map((a) => a.id);
    expect(corpusActors.sort()).toEqual(reviewed.sort());
    expect(glossary.stories.map((s) => s.id)).toEqual([
      ZAPAD,
      '001-chuyen-tham-hiem-hoi-belarus-cua-putin',
      CALL,
      '003a-nga-belarus-cau-truc-an-ninh-a-au',
      '003b-tong-thong-putin-ban-tap-tran-hat-nhan-voi-belarus',
      '004-my-quan-ngai-vai-tro-dong-minh-moscow',
    ]);
  });

  it('gives a role with the story date it was true as of', () => {
    expect(actor('viktor-khrenin').roles).toEqual([
      { title: 'Bộ trưởng Quốc phòng Belarus', asOf: '2025-09-15', storyId: ZAPAD },
    ]);
    expect(actor('lloyd-austin').roles).toEqual([
      { title: 'Bộ trưởng Quốc phòng Mỹ', asOf: '2024-06-27', storyId: CALL },
    ]);
  });

  it('keeps the latest date of a title the corpus repeats', () => {
    expect(actor('vladimir-putin').roles).toEqual([{ title: 'Tổng thống Nga', asOf: '2025-09-15', storyId: ZAPAD }]);
  });

  it('lists the stories that mention an actor, newest first', () => {
    expect(actor('sergey-lavrov').storyIds).toEqual(['003a-nga-belarus-cau-truc-an-ninh-a-au']);
    expect(actor('alexander-lukashenko').storyIds).toEqual([
      ZAPAD,
      '003a-nga-belarus-cau-truc-an-ninh-a-au',
      '003b-tong-thong-putin-ban-tap-tran-hat-nhan-voi-belarus',
      '001-chuyen-tham-hiem-hoi-belarus-cua-putin',
      '004-my-quan-ngai-vai-tro-dong-minh-moscow',
    ]);
  });

  it('keeps context sentences with their story and date', () => {
    expect(actor('lynne-tracy').contexts[0]).toEqual({
      text: 'Bộ Ngoại giao Nga đã triệu tập đại sứ Mỹ tại Moscow Lynne Tracy vào hôm 24-6.',
      storyId: CALL,
      date: '2024-06-27',
    });
  });

  it('counts mentions and co-mentions', () => {
    const khrenin = actor('viktor-khrenin');
    expect(khrenin.mentionCount).toBe(3); // two in full (body, caption), one "Bộ trưởng Khrenin"
    expect(khrenin.coMentions[0]).toEqual({ actorId: 'belarus', count: 2 });
  });

  it("ranks a story's actors by salience: the defence chiefs' call is about the two states", () => {
    const call = story(CALL);
    expect(call.headline).toBe('Bộ trưởng Quốc phòng Nga - Mỹ điện đàm giữa căng thẳng');
    expect(call.date).toBe('2024-06-27');
    expect(call.actors.slice(0, 2).map((a) => a.actorId)).toEqual(['united-states', 'russia']);
    expect(call.paragraphs[0]).toEqual({ kind: 'headline', text: call.headline });
  });

  it('keeps unknown metadata empty rather than guessed', () => {
    const zapad = story(ZAPAD);
    expect([zapad.headline, zapad.outlet, zapad.date, zapad.url]).toEqual(['', '', '', '']);
    expect(zapad.asOf).toBe('2025-09-15');
  });
});

describe('the coverage check', () => {
  it('fails the build naming each uncovered name with its file and line', () => {
    const paths = corpusCopy();
    // Names no source of the glossary knows (the standing actors know Bloomberg and Szijjártó).
    addBodyParagraph(
      join(paths.articles, `${CALL}.txt`),
      'Theo hãng tin Nordwire, Thứ trưởng Hungary Levente Magyarfalvi cũng lên tiếng.',
    );
    const error = errorOf(() => buildGlossaryFile(paths));
    expect(error).toBeInstanceOf(CoverageError);
    expect(error.message).toContain(`${CALL}.txt:`);
    expect(error.message).toContain('"Nordwire" (Latin-script name)');
    expect(error.message).toContain('"Levente Magyarfalvi" (after a title)');
    expect(error.message).not.toContain('"Hungary');
  });

  it('passes once the name is listed as not an actor', () => {
    const paths = corpusCopy();
    addBodyParagraph(join(paths.articles, `${ZAPAD}.txt`), 'Ông Coale nói với phóng viên NWTV.');
    expect(() => buildGlossaryFile(paths)).toThrow('"NWTV" (after a title)');
    edit(paths.notActors, (t) => t.replace('"words": [', '"words": ["NWTV", '));
    expect(buildGlossaryFile(paths).stories).toBe(6);
  });
});

describe('malformed data files', () => {
  it('names the file and line of broken JSON in the actor list', () => {
    const paths = corpusCopy();
    edit(paths.actors, (t) => t.replace('"id": "belarus",', '"id": "belarus"'));
    const error = errorOf(() => buildGlossaryFile(paths));
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toMatch(/actors\.json:\d+: not valid JSON/);
    const line =
      readFileSync(paths.actors, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"id": "belarus"')) + 1;
    expect(Number(/actors\.json:(\d+)/.exec(error.message)![1])).toBeGreaterThanOrEqual(line);
  });

  it('names the actor, its line and every problem with it', () => {
    const paths = corpusCopy();
    edit(paths.actors, (t) =>
      t.replace('"type": "weapon"', '"type": "missile"').replace('"to": "belarus"', '"to": "belarussia"'),
    );
    const error = errorOf(() => buildGlossaryFile(paths));
    expect(error.message).toMatch(/actors\.json:\d+: actor "[a-z0-9-]+": type must be one of person, state/);
    expect(error.message).toMatch(/actors\.json:\d+: actor "[a-z0-9-]+": links to unknown actor "belarussia"/);
  });

  it('writes nothing when the build fails', () => {
    const paths = corpusCopy();
    edit(paths.notActors, () => '{ "bylines": "Phạm Giang" }');
    expect(() => buildGlossaryFile(paths)).toThrow(/not-actors\.json:1: "bylines" must be a list/);
    expect(() => readFileSync(paths.out)).toThrow();
  });
});
