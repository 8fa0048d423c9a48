import { serialize, type Design } from '../core/document';
import { DESIGN_KEYWORD, type PngOptions, type PngResult, withTextChunk } from '../core/export';
import { encodeChunk, itxtData } from '../core/export/png-chunks';
import { exportSvg } from './svg';

/** Chromium refuses canvases wider or taller than this, and larger in area than MAX_AREA. */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_384 * 16_384;

/** The largest of the asked scale and the scales below it that the browser can paint. */
function fittingScale(width: number, height: number, asked: number): number {
  let scale = asked;
  while (scale > 0.25 && (width * scale > MAX_SIDE || height * scale > MAX_SIDE || width * height * scale * scale > MAX_AREA)) scale /= 2;
  return scale;
}

/**
 * Loads an SVG document as an image; its natural size is the SVG's width and height. Waits for
 * `load`, not `decode()`: decode() rasterizes the SVG at its natural size, a whole extra paint
 * (about 200 ms for 200 nodes) that drawImage at the export's scale would throw away.
 */
async function svgImage(svg: string): Promise<{ image: HTMLImageElement; release(): void }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const image = new Image();
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('unreadable SVG'));
      image.src = url;
    });
  } catch {
    URL.revokeObjectURL(url);
    throw new Error('the browser could not read the drawing');
  }
  return { image, release: () => URL.revokeObjectURL(url) };
}

/** Bytes 8–32 of every PNG: the signature is followed by IHDR, which is always 13 bytes long. */
const IHDR_END = 33;
const isIhdrFirst = (png: Uint8Array) => png.length > IHDR_END && String.fromCharCode(...png.subarray(12, 16)) === 'IHDR';

/**
 * The canvas's PNG with the design file in an iTXt chunk after IHDR. A PNG the canvas just encoded
 * holds no text chunk, so the new one is spliced in as it is: `withTextChunk` would parse, check
 * and re-encode every chunk of a several-megabyte image (two CRC passes, ~100 ms at 2×).
 */
function withDesign(png: Uint8Array, design: Design): Uint8Array {
  if (!isIhdrFirst(png)) return withTextChunk(png, DESIGN_KEYWORD, serialize(design));
  const chunk = encodeChunk('iTXt', itxtData(DESIGN_KEYWORD, serialize(design)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, IHDR_END), 0);
  out.set(chunk, IHDR_END);
  out.set(png.subarray(IHDR_END), IHDR_END + chunk.length);
  return out;
}

/**
 * The whole design as a PNG, whatever part of it the viewport shows: the SVG export's drawing
 * (same writer, same layout, same lane bands) rasterized on a canvas at the chosen scale. The
 * SVG is vector, so 2× and 4× are drawn sharp, not enlarged. Painting the SVG writer's few
 * hundred elements takes milliseconds, where copying the live canvas's DOM and computed styles
 * (html-to-image) took seconds, and the theme is the writer's option, so the canvas is never
 * restyled behind the dialog. The design file rides along in an iTXt chunk, so opening the
 * image in the studio restores the editable design.
 */
export async function exportPng(design: Design, options: PngOptions): Promise<PngResult> {
  if (!design.nodes.length) throw new Error('the design is empty: there is nothing to draw');
  const started = performance.now();
  const { scale: _scale, ...drawing } = options;
  const svg = await exportSvg(design, drawing);
  const { image, release } = await svgImage(svg);
  try {
    const scale = fittingScale(image.naturalWidth, image.naturalHeight, options.scale);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    // With the page colour painted every pixel is opaque: an opaque canvas encodes RGB instead of
    // RGBA, the same picture in a sixth fewer bytes and about a sixth less encoding time.
    const context = canvas.getContext('2d', { alpha: options.background === false });
    if (!context) throw new Error('the browser could not make a canvas to paint on');
    // Drawn at the target size, the SVG is rasterized at that resolution, not scaled up as pixels.
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not paint the image');
    const png = withDesign(new Uint8Array(await blob.arrayBuffer()), design);
    performance.measure('mlsd:export:png', { start: started, detail: { nodes: design.nodes.length, scale } });
    return { blob: new Blob([png as BlobPart], { type: 'image/png' }), width: canvas.width, height: canvas.height, scale };
  } finally {
    release();
  }
}

/**
 * Copies a PNG to the clipboard. The ClipboardItem gets the promise of the blob, so the write
 * starts within the click that asked for it (browsers refuse clipboard writes made later).
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('this browser cannot put images on the clipboard');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
