import { toBlob } from 'html-to-image';
import { withLeanStyles } from './snapshotStyles';

/**
 * "Snapshot view": a PNG of exactly what the canvas shows now (viewport, edges, critical-path
 * highlight, ghost cards, lane bands, other people's cursors), copied from the live DOM with
 * html-to-image. The PNG export draws the whole design with the SVG writer instead; only the DOM
 * knows the viewport and the transient overlays. html-to-image stays pinned at 1.11.11: later
 * versions drop React Flow's edges (the SVG layer) from the picture.
 */

export interface ViewSnapshot {
  blob: Blob;
  /** Pixels of the PNG: the canvas's size on screen times the scale. */
  width: number;
  height: number;
  ms: number;
}

/**
 * Left out of the picture: controls for the pointer (zoom buttons, the minimap), and what shows
 * nothing: screen-reader text and the wide invisible strokes that make edges easy to click.
 */
const LEFT_OUT = ['react-flow__controls', 'react-flow__minimap', 'overview', 'react-flow__edge-interaction', 'visually-hidden'];

const isLeftOut = (node: Element) => LEFT_OUT.some((c) => node.classList.contains(c));

/** Keeps what the picture shows: no left-out parts, no hidden elements, no card outside the view. */
function shownIn(view: DOMRect) {
  return (node: Node) => {
    if (!(node instanceof Element)) return true;
    if (isLeftOut(node) || (node instanceof HTMLElement && node.style.display === 'none')) return false;
    // React Flow's descriptions for screen readers sit in the canvas, hidden.
    if (node.id.startsWith('react-flow__node-desc') || node.id.startsWith('react-flow__edge-desc') || node.id.startsWith('react-flow__aria-live')) return false;
    if (!node.classList.contains('react-flow__node')) return true;
    const r = node.getBoundingClientRect();
    return r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;
  };
}

export async function snapshotView(element: HTMLElement, scale: number): Promise<ViewSnapshot> {
  const width = element.clientWidth;
  const height = element.clientHeight;
  if (!width || !height) throw new Error('the canvas is not on screen');
  const started = performance.now();
  const blob = await withLeanStyles(element, () =>
    toBlob(element, {
      width,
      height,
      pixelRatio: scale,
      // The canvas is transparent over the page's background; a picture pasted elsewhere needs its own.
      backgroundColor: getComputedStyle(document.body).backgroundColor,
      filter: shownIn(element.getBoundingClientRect()),
      // The app uses system fonts: there is nothing to embed, and fetching style sheets only costs time.
      skipFonts: true,
    }),
  );
  if (!blob) throw new Error('the browser could not draw the canvas');
  const ms = performance.now() - started;
  performance.measure('mlsd:snapshot-view', { start: started, detail: { nodes: element.querySelectorAll('.react-flow__node').length } });
  return { blob, width: Math.round(width * scale), height: Math.round(height * scale), ms };
}

/** Copies the snapshot; takes the promise so the clipboard write starts within the user's click. */
export async function copySnapshot(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('this browser cannot put images on the clipboard; download the snapshot instead');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
