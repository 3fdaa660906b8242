/**
 * Offsets where a paragraph starts (after a break). A blank line separates paragraphs; when the
 * text has no blank line at all, each line is a paragraph (one-paragraph-per-line dumps).
 */
export function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  let blankLineSeen = false;
  const single: number[] = [];
  let i = text.indexOf('\n');
  while (i >= 0) {
    let j = i + 1;
    let newlines = 1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 10) newlines++;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) break;
      j++;
    }
    if (newlines >= 2) { out.push(j); blankLineSeen = true; } else single.push(j);
    i = text.indexOf('\n', j);
  }
  if (blankLineSeen) return out;
  return single;
}
