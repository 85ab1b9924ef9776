// The outlet's own tag that opens a lead: "(PLO)- Hạ viện Thái Lan …", "VOV.VN - Bà Claudia
// Sheinbaum …", "(NLĐO) - …". It is a byline, not a mention: "PLO" there is Pháp Luật TP.HCM, not
// the Palestine Liberation Organization, and "VOV" the page's own outlet.
//
// Wrong is worse than missing, both ways: only a tag in parentheses or written as a domain
// ("VOV.VN"), at the start of a line and followed by a dash, is one; "NATO - Nga căng thẳng" in a
// headline stays NATO.
import { keyAt, spellingAt, type Scan } from './scan.ts';

/** Does the name between tokens `start` and `end` stand as an outlet's tag at the head of a line? */
export function isOutletTag(scan: Scan, start: number, end: number): boolean {
  const parenthesized = keyAt(scan, start - 1) === '(' && opensLine(scan, start - 1);
  if (!parenthesized && !opensLine(scan, start)) return false;
  let k = end;
  if (parenthesized) {
    if (keyAt(scan, k) !== ')') return false;
    k++;
  } else {
    // "VOV.VN", "VietnamPlus.vn": a domain written tight after the name.
    if (!(keyAt(scan, k) === '.' && spellingAt(scan, k + 1)?.word && tight(scan, k - 1, k) && tight(scan, k, k + 1)))
      return false;
    k += 2;
  }
  return keyAt(scan, k) === '-' && !scan.run.lineBreakBefore[k];
}

function opensLine(scan: Scan, i: number): boolean {
  return i === 0 || scan.run.lineBreakBefore[i] === 1;
}

/** Are tokens `a` and `b` written with nothing between them? */
function tight(scan: Scan, a: number, b: number): boolean {
  return scan.run.ends[a] === scan.run.starts[b];
}
