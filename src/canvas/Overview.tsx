import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { memo, type PointerEvent, useCallback, useEffect, useMemo, useRef } from 'react';
import { CATEGORIES, getKind } from '../core/catalog';
import type { DesignNode } from '../core/document';
import { type EditorState, useEditor } from '../state/store';
import { useUiPrefs } from '../state/prefs';
import { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';

const WIDTH = 200;
const HEIGHT = 140;
const PAD = 40;

/**
 * The minimap, drawn on one <canvas>. React Flow's MiniMap keeps a store subscription per node,
 * which on a 500-node design cost more script time per drag frame than the drag itself; this one
 * listens to the design and the viewport once and redraws a few hundred rectangles (well under a
 * millisecond). Click or drag on it to move the view there.
 */
/**
 * The design's nodes, kept as the same array while no node moved, came, went or changed kind: an
 * edit of props or labels does not redraw the minimap.
 */
function useDrawnNodes(): readonly DesignNode[] {
  const last = useRef<readonly DesignNode[]>([]);
  const select = useCallback((s: EditorState) => {
    const before = last.current;
    const now = s.design.nodes;
    if (now === before) return before;
    const drawnAlike =
      now.length === before.length &&
      now.every((n, i) => n.kind === before[i].kind && n.position?.x === before[i].position?.x && n.position?.y === before[i].position?.y);
    if (!drawnAlike) last.current = now;
    return last.current;
  }, []);
  return useEditor(select);
}

function OverviewView() {
  const nodes = useDrawnNodes();
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  const theme = useUiPrefs((s) => s.theme);
  const rf = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);

  // Category colours come from the theme's CSS variables; read them once per theme.
  const colors = useMemo(() => {
    const style = getComputedStyle(document.documentElement);
    const read = (name: string) => style.getPropertyValue(name).trim();
    return {
      byCategory: new Map(CATEGORIES.map((c) => [c.id, read(`--cat-${c.id}`) || '#888'])),
      view: read('--accent') || '#3563e9',
      // The theme is what changes these values; the memo re-reads them when it changes.
      theme,
    };
  }, [theme]);

  // The design's extent changes with edits and drags, not with pans: compute it apart from the view.
  const extent = useMemo(() => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const n of nodes) {
      const p = n.position;
      if (!p) continue;
      if (p.x < minX) minX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.x + NODE_WIDTH > maxX) maxX = p.x + NODE_WIDTH;
      if (p.y + NODE_HEIGHT > maxY) maxY = p.y + NODE_HEIGHT;
    }
    return { minX, minY, maxX, maxY };
  }, [nodes]);

  // World rectangle shown: the design and the current view, so the view frame is always inside.
  const frame = useMemo(() => {
    const view = { x: -tx / zoom, y: -ty / zoom, w: paneWidth / zoom, h: paneHeight / zoom };
    const minX = Math.min(extent.minX, view.x) - PAD;
    const minY = Math.min(extent.minY, view.y) - PAD;
    const maxX = Math.max(extent.maxX, view.x + view.w) + PAD;
    const maxY = Math.max(extent.maxY, view.y + view.h) + PAD;
    const scale = Math.min(WIDTH / (maxX - minX), HEIGHT / (maxY - minY));
    return { minX, minY, scale, view };
  }, [extent, tx, ty, zoom, paneWidth, paneHeight]);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    if (el.width !== WIDTH * dpr) {
      el.width = WIDTH * dpr;
      el.height = HEIGHT * dpr;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    const { minX, minY, scale, view } = frame;
    for (const n of nodes) {
      if (!n.position) continue;
      ctx.fillStyle = colors.byCategory.get(getKind(n.kind)?.category ?? 'infra') ?? '#888';
      ctx.fillRect((n.position.x - minX) * scale, (n.position.y - minY) * scale, Math.max(2, NODE_WIDTH * scale), Math.max(1.5, NODE_HEIGHT * scale));
    }
    ctx.strokeStyle = colors.view;
    ctx.lineWidth = 1.5;
    ctx.strokeRect((view.x - minX) * scale, (view.y - minY) * scale, view.w * scale, view.h * scale);
  }, [frame, nodes, colors]);

  const moveViewTo = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.type === 'pointermove' && e.buttons !== 1) return;
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left) / frame.scale + frame.minX;
    const y = (e.clientY - box.top) / frame.scale + frame.minY;
    void rf.setCenter(x, y, { zoom });
  };

  return (
    <Panel position="bottom-right" className="overview">
      <canvas
        ref={canvas}
        style={{ width: WIDTH, height: HEIGHT }}
        role="img"
        aria-label="Minimap: click to move the view"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveViewTo(e);
        }}
        onPointerMove={moveViewTo}
      />
    </Panel>
  );
}

export const Overview = memo(OverviewView);
