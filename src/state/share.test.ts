import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, serialize, type Design } from '../core/document';
import { generateDesign } from '../core/testing/generate';
import { decodeLinkValue, encodeDesignForLink, linkValueOf, MAX_LINK_LENGTH, shareUrl, ShareLinkError } from './share';

const template = (name: string): Design => {
  const r = parseDesign(readFileSync(new URL(`../../templates/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.design;
};

describe('share links', () => {
  it('carry a template through the URL fragment exactly', async () => {
    const design = template('news-feed-ranking');
    const link = await shareUrl(design, 'https://studio.example/app/?x=1');
    expect(link.startsWith('https://studio.example/app/?x=1#design=1.')).toBe(true);
    const value = linkValueOf(new URL(link).hash)!;
    expect(await decodeLinkValue(value)).toBe(serialize(design));
  });

  it('are much shorter than the design file', async () => {
    const design = template('news-feed-ranking');
    const value = await encodeDesignForLink(design);
    expect(value.length).toBeLessThan(serialize(design).length / 2);
  });

  it('refuse a design too large for a link and point to file export', async () => {
    const big = generateDesign(1500, 7);
    await expect(shareUrl(big, 'https://studio.example/')).rejects.toThrow(new RegExp(`too large.*${MAX_LINK_LENGTH.toLocaleString('en')}.*file`));
  });

  it('reject a damaged or edited link with a reason', async () => {
    const value = await encodeDesignForLink(template('search-ranking'));
    const [v, crc, data] = value.split('.');
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    await expect(decodeLinkValue(`${v}.${crc}.${data.slice(0, data.length / 2)}`)).rejects.toBeInstanceOf(ShareLinkError);
    await expect(decodeLinkValue(`${v}.${crc}.${flip(data, Math.floor(data.length / 3))}`)).rejects.toThrow(ShareLinkError);
    await expect(decodeLinkValue(`${v}.${flip(crc, 0)}.${data}`)).rejects.toThrow(/checksum/);
    await expect(decodeLinkValue(`${v}.${crc}.${data}!`)).rejects.toThrow(/characters/);
    await expect(decodeLinkValue('hello')).rejects.toThrow(/not an MLSD Studio share link/);
  });

  it('find the design in a fragment among other parameters', () => {
    expect(linkValueOf('#design=1.abc.def')).toBe('1.abc.def');
    expect(linkValueOf('#view=2&design=1.a.b')).toBe('1.a.b');
    expect(linkValueOf('#other')).toBeUndefined();
    expect(linkValueOf('')).toBeUndefined();
  });
});
