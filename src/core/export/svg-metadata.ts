import { parseDesign, type RestoreResult } from '../document';
import { serialize } from '../document';
import type { Design } from '../document/types';

export const MLSD_NAMESPACE = 'https://mlsd.studio/ns';

/**
 * The design file inside the SVG's <metadata>, as readable CDATA so a diagram in a repository
 * still diffs and greps as JSON. A `]]>` inside a label would end the CDATA early, so it is
 * split across two sections, which XML readers join back together.
 */
export function designMetadata(design: Design): string {
  const json = serialize(design).replace(/]]>/g, ']]]]><![CDATA[>');
  return `<metadata><mlsd:design xmlns:mlsd="${MLSD_NAMESPACE}" format="mlsd-studio/design"><![CDATA[${json}]]></mlsd:design></metadata>`;
}

const DESIGN_ELEMENT = /<mlsd:design\b[^>]*>([\s\S]*?)<\/mlsd:design>/;

/** The JSON text embedded by `designMetadata`, or undefined when the SVG carries none. */
export function embeddedDesignText(svgText: string): string | undefined {
  const match = DESIGN_ELEMENT.exec(svgText);
  if (!match) return undefined;
  const content = match[1];
  const sections = [...content.matchAll(/<!\[CDATA\[([\s\S]*?)]]>/g)].map((m) => m[1]);
  return sections.length ? sections.join('') : unescapeXml(content);
}

// Another tool may have rewritten the CDATA as escaped text; read that too.
const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (whole, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? whole;
  });

/** Reads back the design an exported SVG carries, with the same errors as opening a design file. */
export function extractDesignFromSvg(svgText: string): RestoreResult {
  const text = embeddedDesignText(svgText);
  if (text === undefined) {
    const issue = { path: '$', message: 'this SVG carries no MLSD Studio design (no <mlsd:design> in its <metadata>)', severity: 'error' as const };
    return { ok: false, errors: [issue], issues: [issue] };
  }
  return parseDesign(text);
}
