import { embeddedDesignText, readTextChunk, DESIGN_KEYWORD } from '../core/export';

const isPng = (b: Uint8Array) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;

/**
 * The design file text of a file a user opens: a design file as it is, or the design an
 * exported PNG (iTXt chunk) or SVG (<metadata>) carries. Throws with a reason a person can act on.
 */
export async function designTextOf(file: Blob & { name: string }): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPng(bytes)) {
    let text: string | undefined;
    try {
      text = readTextChunk(bytes, DESIGN_KEYWORD);
    } catch (e) {
      throw new Error(`the PNG file is damaged (${(e as Error).message})`);
    }
    if (text === undefined) throw new Error('this PNG carries no MLSD Studio design. Only images exported from the studio can be opened as designs.');
    return text;
  }
  const text = new TextDecoder().decode(bytes);
  if (/\.svg$/i.test(file.name) || /^\s*(<\?xml[^>]*>\s*)?<svg\b/i.test(text)) {
    const design = embeddedDesignText(text);
    if (design === undefined) throw new Error('this SVG carries no MLSD Studio design. Only images exported from the studio can be opened as designs.');
    return design;
  }
  return text;
}
