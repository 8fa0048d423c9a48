import { DESIGN_KEYWORD, isPng, readTextChunk } from './png-chunks';
import { embeddedDesignText } from './svg-metadata';

/** An SVG document by its name or its first tag (an export may be renamed, or come without a name). */
export function looksLikeSvg(name: string, text: string): boolean {
  return /\.svg$/i.test(name) || /^\s*(<\?xml[^>]*>\s*)?<svg\b/i.test(text);
}

/**
 * The design file text of a file a user opens: a design file as it is, or the design an
 * exported PNG (iTXt chunk) or SVG (<metadata>) carries. Throws with a reason a person can act on.
 */
export function designTextOfBytes(bytes: Uint8Array, name: string): string {
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
  if (looksLikeSvg(name, text)) {
    const design = embeddedDesignText(text);
    if (design === undefined) throw new Error('this SVG carries no MLSD Studio design. Only images exported from the studio can be opened as designs.');
    return design;
  }
  return text;
}
