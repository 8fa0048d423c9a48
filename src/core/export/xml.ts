import { textWidthEm } from '../layout/text';

export { textWidthEm };

/** Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/FFFF): dropped, not escaped. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML content and in double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Rounds coordinates so the SVG stays small and diffs stay quiet. */
export const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** The text cut, with an ellipsis, to fit in `maxPx` at `fontPx`. */
export function fitText(text: string, maxPx: number, fontPx: number): string {
  if (textWidthEm(text) * fontPx <= maxPx) return text;
  const chars = [...text];
  while (chars.length && textWidthEm(chars.join('') + '…') * fontPx > maxPx) chars.pop();
  return chars.join('').trimEnd() + '…';
}
