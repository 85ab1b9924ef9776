// The outlet's tag that opens a lead ("(PLO)- …", "VOV.VN - …") is a byline, not a mention; the
// same letters elsewhere, and a name opening a headline before a dash ("NATO - Nga …"), still are.
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher.ts';
import type { Actor } from '../../../src/core/types.ts';

const actor = (id: string, type: Actor['type'], name: string): Actor => ({
  id,
  type,
  name,
  aliases: [],
  description: { vi: id, en: id },
});
const matcher = buildMatcher([
  actor('palestine-liberation-organization', 'organization', 'PLO'),
  actor('voice-of-vietnam', 'media', 'VOV'),
  actor('nato', 'organization', 'NATO'),
  actor('russia', 'state', 'Nga'),
  actor('thailand-house', 'organization', 'Hạ viện Thái Lan'),
]);
const marks = (...segments: string[]) => matcher.findMentions(segments).map((m) => `${m.surface}→${m.actorId}`);

describe("the outlet's tag at the head of a lead", () => {
  it('names no one: "(PLO)-", "(PLO) -", "VOV.VN -", on the first line or after a line break', () => {
    expect(marks('(PLO)- Hạ viện Thái Lan ngày 5/9 bầu Thủ tướng mới.')).toEqual(['Hạ viện Thái Lan→thailand-house']);
    expect(marks('Tiêu đề', '\n', '(PLO) - Hạ viện Thái Lan họp.')).toEqual(['Hạ viện Thái Lan→thailand-house']);
    expect(marks('VOV.VN - Nga cho biết.')).toEqual(['Nga→russia']);
    expect(marks('VOV.VN – Nga cho biết.')).toEqual(['Nga→russia']);
  });

  it('leaves the same letters a mention elsewhere, and a name opening a headline before a dash', () => {
    expect(marks('Theo VOV, lãnh đạo PLO (PLO) - nhóm này - cho biết.')).toEqual([
      'VOV→voice-of-vietnam',
      'PLO→palestine-liberation-organization',
      'PLO→palestine-liberation-organization',
    ]);
    expect(marks('NATO - Nga: căng thẳng leo thang')).toEqual(['NATO→nato', 'Nga→russia']);
    expect(marks('(PLO) cho biết sẽ họp.')).toEqual(['PLO→palestine-liberation-organization']);
    expect(marks('VOV.VN là báo điện tử.')).toEqual(['VOV→voice-of-vietnam']);
  });
});
