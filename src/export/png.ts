import { getNodesBounds, getViewportForBounds, type Node, type Rect } from '@xyflow/react';
import { toBlob } from 'html-to-image';
import { serialize, type Design } from '../core/document';
import { DESIGN_KEYWORD, THEME_COLORS, type ThemeName, withTextChunk } from '../core/export';
import { useUiPrefs } from '../app/prefs';

export interface PngOptions {
  /** Pixels per canvas unit: 1×, 2× or 4×. */
  scale: number;
  /** Paint the theme's page colour behind the drawing; otherwise transparent. */
  background: boolean;
  theme: ThemeName;
  /** Include the finding badges on the cards. */
  findings: boolean;
  /** Space around the drawing, in canvas units. */
  margin?: number;
}

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  /** The scale used: lower than asked when the image would exceed what a browser canvas holds. */
  scale: number;
}

/** Chromium refuses canvases wider or taller than this, and larger in area than MAX_AREA. */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_384 * 16_384;

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * What the picture must hold, in canvas units: the nodes, edge paths that loop outside them,
 * and lane bands. Edge paths are read from the DOM, where React Flow drew them.
 */
function drawingBounds(viewport: HTMLElement, nodes: Node[]): Rect {
  let bounds = getNodesBounds(nodes);
  for (const path of viewport.querySelectorAll<SVGGraphicsElement>('.react-flow__edge-path')) {
    const box = path.getBBox();
    if (box.width || box.height) bounds = union(bounds, box);
  }
  for (const band of viewport.querySelectorAll<HTMLElement>('.lane-band')) {
    const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(band.style.transform);
    if (m) bounds = union(bounds, { x: Number(m[1]), y: Number(m[2]), width: band.offsetWidth, height: band.offsetHeight });
  }
  return bounds;
}

/** The largest of the asked scale and the scales below it that the browser can paint. */
function fittingScale(width: number, height: number, asked: number): number {
  let scale = asked;
  while (scale > 0.25 && (width * scale > MAX_SIDE || height * scale > MAX_SIDE || width * height * scale * scale > MAX_AREA)) scale /= 2;
  return scale;
}

async function withTheme<T>(theme: ThemeName, work: () => Promise<T>): Promise<T> {
  const prefs = useUiPrefs.getState();
  if (prefs.theme === theme) return work();
  const { theme: before, themeChosen } = prefs;
  useUiPrefs.setState({ theme });
  // Let React and the browser restyle the canvas before html-to-image reads computed styles.
  await nextFrame();
  await nextFrame();
  try {
    return await work();
  } finally {
    useUiPrefs.setState({ theme: before, themeChosen });
  }
}

/**
 * The whole design as a PNG, whatever part of it the viewport shows: html-to-image paints
 * `.react-flow__viewport` with a transform that frames the drawing's bounds plus a margin (the
 * React Flow "download image" recipe). The design file rides along in an iTXt chunk, so opening
 * the image in the studio restores the editable design.
 */
export async function exportPng(design: Design, nodes: Node[], options: PngOptions): Promise<PngResult> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('the canvas is not on screen');
  if (!nodes.length) throw new Error('the design is empty: there is nothing to draw');
  const margin = options.margin ?? 40;
  const started = performance.now();
  return withTheme(options.theme, async () => {
    const bounds = drawingBounds(viewport, nodes);
    const width = Math.ceil(bounds.width + 2 * margin);
    const height = Math.ceil(bounds.height + 2 * margin);
    const { x, y, zoom } = getViewportForBounds(bounds, width, height, 1, 1, 0);
    const scale = fittingScale(width, height, options.scale);
    const blob = await toBlob(viewport, {
      width,
      height,
      pixelRatio: scale,
      backgroundColor: options.background ? THEME_COLORS[options.theme].background : undefined,
      skipFonts: true,
      style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
      filter: (el) => {
        const cls = (el as Element).classList;
        if (!cls) return true;
        // Handles and the wide invisible hit areas of edges add nothing to the picture, only cost.
        if (cls.contains('react-flow__handle') || cls.contains('react-flow__edge-interaction')) return false;
        return options.findings || !cls.contains('mlsd-badge');
      },
    });
    if (!blob) throw new Error('the browser could not paint the image');
    const png = withTextChunk(new Uint8Array(await blob.arrayBuffer()), DESIGN_KEYWORD, serialize(design));
    performance.measure('mlsd:export:png', { start: started, detail: { nodes: nodes.length, scale } });
    return { blob: new Blob([png as BlobPart], { type: 'image/png' }), width: Math.round(width * scale), height: Math.round(height * scale), scale };
  });
}

/**
 * Copies a PNG to the clipboard. The ClipboardItem gets the promise of the blob, so the write
 * starts within the click that asked for it (browsers refuse clipboard writes made later).
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('this browser cannot put images on the clipboard');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
