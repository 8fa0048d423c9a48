import { type Design, formatIssue, parseDesign, serialize, titleOf } from '../core/document';
import { crc32 } from '../core/export/png-chunks';
import { layoutIfNeeded } from './layout/layoutClient';
import { createDesign } from './designs';
import { notify } from './notify';
import { useEditor } from './store';

/**
 * Share links: the whole design, deflated and base64url-encoded, in the URL fragment
 * (`#design=1.<crc32>.<data>`). Browsers never send the fragment to a server, so a link shares
 * the design without uploading it. The CRC-32 of the JSON catches a link cut short or edited:
 * deflate alone would happily inflate many damaged links into other text.
 */

export const SHARE_PARAM = 'design';
/** Longer URLs break in chat apps, mail clients and some browsers; past this, export a file. */
export const MAX_LINK_LENGTH = 32_000;
const VERSION = '1';

export class ShareLinkError extends Error {}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('the link contains characters a share link never has');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    throw new ShareLinkError('the link is cut short or damaged (it is not valid base64url)');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** The fragment value (after `#design=`) for a design. */
export async function encodeDesignForLink(design: Design): Promise<string> {
  const json = new TextEncoder().encode(serialize(design));
  const packed = await pipe(json, new CompressionStream('deflate-raw'));
  return `${VERSION}.${hex(crc32(json))}.${toBase64Url(packed)}`;
}

/** The design file text a fragment value carries; throws ShareLinkError with a reason a person can act on. */
export async function decodeLinkValue(value: string): Promise<string> {
  const [version, crc, data, ...rest] = value.split('.');
  if (version !== VERSION || rest.length || !crc || data === undefined) throw new ShareLinkError('this is not an MLSD Studio share link, or it was made by a newer version');
  let json: Uint8Array;
  try {
    json = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'));
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('the link is cut short or damaged (its data does not decompress)');
  }
  if (hex(crc32(json)) !== crc.toLowerCase()) throw new ShareLinkError('the link was changed or cut short (its checksum does not match)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    throw new ShareLinkError('the link does not hold text');
  }
}

/** A link to this page that opens `design`. Throws ShareLinkError when it would be too long. */
export async function shareUrl(design: Design, base: string): Promise<string> {
  const url = new URL(base);
  url.hash = `${SHARE_PARAM}=${await encodeDesignForLink(design)}`;
  const link = url.toString();
  if (link.length > MAX_LINK_LENGTH)
    throw new ShareLinkError(
      `This design is too large for a link (${link.length.toLocaleString('en')} characters; links stay under ${MAX_LINK_LENGTH.toLocaleString('en')}). Export it as a JSON, PNG or SVG file and share the file instead.`,
    );
  return link;
}

/** The share value in a URL fragment, or undefined when the fragment holds none. */
export function linkValueOf(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM) ?? undefined;
}

export interface CopyLinkResult {
  ok: boolean;
  message: string;
  /** The link, also when the clipboard refused it (so it can be shown for copying by hand). */
  link?: string;
}

/** "Copy link": puts a link to the open design on the clipboard and says how it went. */
export async function copyShareLink(): Promise<CopyLinkResult> {
  const { design } = useEditor.getState();
  let link: string;
  try {
    link = await shareUrl(design, location.href);
  } catch (e) {
    return { ok: false, message: e instanceof ShareLinkError ? e.message : `The link could not be made: ${(e as Error).message}` };
  }
  try {
    await navigator.clipboard.writeText(link);
  } catch (e) {
    return { ok: false, link, message: `The browser refused to write to the clipboard (${(e as Error).message}). Copy the link by hand.` };
  }
  return { ok: true, link, message: `Link copied (${link.length.toLocaleString('en')} characters). The design travels inside the link; nothing is uploaded.` };
}

/** The command's version: the outcome as a notice. */
export async function copyShareLinkAndNotify(): Promise<void> {
  const r = await copyShareLink();
  notify(r.message, r.ok ? 'info' : 'error', !r.ok && r.link ? [r.link.length > 2000 ? `${r.link.slice(0, 2000)}…` : r.link] : undefined);
}

let lastOpened: string | undefined;

function clearFragment() {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/**
 * Opens the design of a share link in the address bar as a NEW design (the designs already in
 * this browser are never overwritten), then clears the fragment so a reload does not add it
 * again. A damaged link is reported and changes nothing. Returns whether the URL held a link.
 */
export async function openShareLinkFromLocation(): Promise<boolean> {
  const value = linkValueOf(location.hash);
  if (value === undefined) return false;
  // Start-up and hashchange may both see the same link: open it once.
  if (value === lastOpened) return true;
  lastOpened = value;
  let text: string;
  try {
    text = await decodeLinkValue(value);
  } catch (e) {
    notify(`This share link could not be opened: ${e instanceof ShareLinkError ? e.message : (e as Error).message}. Nothing was changed.`, 'error');
    return true;
  }
  const result = parseDesign(text);
  if (!result.ok) {
    notify('This share link could not be opened: the design inside it is not valid. Nothing was changed.', 'error', result.errors.slice(0, 20).map(formatIssue));
    return true;
  }
  const design = await layoutIfNeeded(result.design);
  await createDesign(design);
  clearFragment();
  notify(`Opened the shared design “${titleOf(design)}” as a new design. Your other designs are unchanged.`);
  return true;
}
