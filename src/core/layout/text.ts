/**
 * Rough width of text in a proportional sans-serif, in ems. Layout runs before anything is
 * rendered (and in Node), so there is nothing to measure with; this errs wide so that labels
 * get enough room and truncated text does not spill over a card.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code > 0x2e80) width += 1.05; // CJK, emoji
    else if ("iljtf.,:;|!' ".includes(ch)) width += 0.32;
    else if (ch >= 'A' && ch <= 'Z') width += 0.68;
    else if ('mwMW'.includes(ch)) width += 0.85;
    else width += 0.56;
  }
  return width;
}

/** Edge labels are drawn at this size; layout reserves room for them at the same size. */
export const EDGE_LABEL_FONT = 11;
export const EDGE_LABEL_HEIGHT = 18;

export function edgeLabelSize(text: string): { width: number; height: number } {
  return { width: Math.ceil(textWidthEm(text) * EDGE_LABEL_FONT + 10), height: EDGE_LABEL_HEIGHT };
}
