// The huge page of the hostile-page issue: the VnExpress fixture's article followed by a comment
// section of 22,000 comments, nine elements each: some 200,000 elements and 9 MB of HTML, as a
// long-lived live blog or a forum thread grows. The article comes first, as on real pages; the
// comments name no actor, so every mark is the article's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FIXTURE } from './long-article.ts';
import { seededRandom } from './prng.ts';

export const HUGE_COMMENTS = 22_000;
/** Lower-case syllables only: nothing a glossary would take for a name. */
const SYLLABLES = [
  'bài',
  'viết',
  'rất',
  'hay',
  'cảm',
  'ơn',
  'tác',
  'giả',
  'đồng',
  'ý',
  'tôi',
  'nghĩ',
  'khác',
  'chưa',
  'rõ',
  'tình',
  'hình',
  'còn',
  'nhiều',
  'điều',
  'phải',
  'bàn',
  'thêm',
  'theo',
  'dõi',
];

export interface HugePage {
  html: string;
  bytes: number;
  elements: number;
}

function comment(i: number, words: string): string {
  return (
    `<div class="comment-item" id="c${i}"><div class="comment-head"><span class="nickname">Bạn đọc ${i}</span>` +
    `<span class="time">${(i % 59) + 1} phút trước</span></div><p class="full_content">${words}</p>` +
    `<div class="reactions-total"><a class="like" href="#c${i}">Thích</a><span class="count">${i % 97}</span><a class="reply" href="#c${i}">Trả lời</a></div></div>`
  );
}

export function buildHugePage(root: string): HugePage {
  const page = readFileSync(join(root, ARTICLE_FIXTURE), 'utf8');
  const random = seededRandom(13);
  const comments: string[] = [];
  for (let i = 0; i < HUGE_COMMENTS; i++) {
    const words = Array.from({ length: random.int(6, 18) }, () => random.pick(SYLLABLES)).join(' ');
    comments.push(comment(i, words));
  }
  const marker = '</article>';
  const at = page.indexOf(marker);
  if (at < 0) throw new Error(`${ARTICLE_FIXTURE}: no ${marker} to put the comments after`);
  const section = `\n<section class="box_comment_vne" id="box_comment_vne">\n${comments.join('\n')}\n</section>\n`;
  const html = page.slice(0, at + marker.length) + section + page.slice(at + marker.length);
  return { html, bytes: Buffer.byteLength(html), elements: (html.match(/<[a-z][^>]*>/g) ?? []).length };
}
