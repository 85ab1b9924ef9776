// How the reach evaluation scores one gold mention against the marks over it: a mark inside a
// longer name is that name's part, unless the name is a person's, where a shorter mark is someone
// else ("Assad" in "Hafez al-Assad" is Bashar; "Kim Dae" in "Kim Dae-jung" is nobody).
import { describe, expect, it } from 'vitest';
import { outcomeOf, type GoldMention } from '../../reach/evaluate.ts';
import type { ActorCard } from '../../../src/shared/page-data.ts';

const card = (id: string, extra: Partial<ActorCard> = {}): ActorCard => ({
  id,
  type: 'person',
  name: id,
  description: { vi: '', en: '' },
  storyCount: 0,
  ...extra,
});
const mark = (start: number, end: number, c: ActorCard) => ({ start, end, card: c });

describe('the outcome of a gold mention', () => {
  // "Hafez al-Assad" at 0–14, "Assad" at 9–14.
  const hafez: GoldMention = { text: 'Hafez al-Assad', actor: 'hafez-al-assad', name: 'Hafez al-Assad' };
  const span = { start: 0, end: 14 };

  it("counts another person marked inside a person's name as wrong, not as a part", () => {
    expect(outcomeOf(hafez, span, [mark(9, 14, card('bashar-al-assad'))])).toBe('wrong');
    const kim: GoldMention = { text: 'Kim Dae-jung', actor: 'kim-dae-jung', name: 'Kim Dae-jung' };
    expect(
      outcomeOf(kim, { start: 0, end: 12 }, [
        mark(0, 7, card('article:kim-dae', { introduced: true, name: 'Kim Dae' })),
      ]),
    ).toBe('wrong');
  });

  it("still counts a state inside an institution's name as a part", () => {
    const fund: GoldMention = { text: 'Quỹ Đầu tư Trực tiếp Nga', actor: 'russian-direct-investment-fund' };
    expect(outcomeOf(fund, { start: 0, end: 24 }, [mark(21, 24, card('russia', { type: 'state' }))])).toBe('part');
  });

  it('counts the person read whole from the article, under the gold name, as right', () => {
    expect(
      outcomeOf(hafez, span, [
        mark(0, 14, card('article:hafez-al-assad', { introduced: true, name: 'Hafez al-Assad' })),
      ]),
    ).toBe('right');
    expect(outcomeOf(hafez, span, [])).toBe('missed');
    expect(outcomeOf(hafez, null, [])).toBe('missed');
  });
});
