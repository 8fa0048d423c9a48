/**
 * The benchmark page (bench.html), part of the production build. By URL parameters it renders a
 * generated design of `n` nodes either with BARE React Flow (default nodes and edges, same
 * positions, no store, no lint) or with the APP's canvas (the real `Canvas`, the zustand store and
 * the linter). bench/run.mjs drives it with Playwright and reads `window.__bench`.
 *   ?mode=bare|app  &n=500  &seed=42  &findings=1 (app: show the findings panel too)
 */
import {
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../styles.css';
import { Canvas } from '../canvas/Canvas';
import { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';
import { useLint, startLinting } from '../state/lint';
import { useEditor } from '../state/store';
import { type Design, setProp, updateNode } from '../core/document';
import { generateDesign } from '../core/testing/generate';
import { FindingsPanel } from '../panels/FindingsPanel';
import { installCategoryColors } from '../app/categoryColors';

installCategoryColors();

const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'app' ? 'app' : 'bare';
const n = Number(params.get('n') ?? 200);
const seed = Number(params.get('seed') ?? 42);
const withFindings = params.get('findings') === '1';

function designOf(count: number): Design {
  const design = generateDesign(count, seed);
  // Generated designs carry positions; a simple grid stands in if one ever does not.
  return { ...design, nodes: design.nodes.map((node, i) => (node.position ? node : { ...node, position: { x: (i % 25) * 260, y: Math.floor(i / 25) * 140 } })) };
}

const design = designOf(n);

function BareFlow() {
  const [nodes, setNodes] = useState<Node[]>(() =>
    design.nodes.map((node) => ({ id: node.id, position: node.position!, data: { label: node.label ?? node.kind }, width: NODE_WIDTH, height: NODE_HEIGHT })),
  );
  const [edges, setEdges] = useState<Edge[]>(() => design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })));
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} minZoom={0.1} maxZoom={2.5} fitView fitViewOptions={{ padding: 0.2, maxZoom: 1.2 }} proOptions={{ hideAttribution: true }} />
  );
}

function AppFlow() {
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%' }}>
      <div style={{ flex: 1, position: 'relative' }}>
        <Canvas />
      </div>
      {withFindings && (
        <div className="side" style={{ width: 340, overflow: 'auto' }}>
          <FindingsPanel />
        </div>
      )}
    </div>
  );
}

if (mode === 'app') {
  useEditor.getState().load('bench', design);
  startLinting();
}

/** First render: from navigation start to every node and edge of the design in the DOM. */
function watchFirstRender(): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (document.querySelectorAll('.react-flow__node').length >= design.nodes.length && document.querySelectorAll('.react-flow__edge').length >= design.edges.length) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

let frames: number[] | undefined;
function recordFrames(last: number) {
  requestAnimationFrame((t) => {
    if (!frames) return;
    frames.push(t - last);
    recordFrames(t);
  });
}

type Sync = typeof import('../state/sync/local');

/** This page's room doc, bound to the store as in a live room, and another member's copy of it. */
interface BenchRoom {
  sync: Sync;
  doc: InstanceType<Sync['Doc']>;
  remote: { doc: InstanceType<Sync['Doc']>; design: Design };
}
let room: BenchRoom | undefined;

/** Yjs comes through the module the app itself loads for stored and shared designs: the same chunks. */
function openBenchRoom(sync: Sync): BenchRoom {
  const { design: current } = useEditor.getState();
  const doc = sync.designToYDoc(current);
  sync.bindEditorToDoc(doc);
  const remote = new sync.Doc();
  sync.applyUpdate(remote, sync.encodeStateAsUpdate(doc));
  return { sync, doc, remote: { doc: remote, design: current } };
}

/** A trainer, whose split strategy decides whether temporal-leakage fires on it. */
const trainerId = design.nodes.find((node) => node.kind === 'trainer')?.id;

const bench = {
  mode,
  nodes: design.nodes.length,
  edges: design.edges.length,
  firstRender: undefined as number | undefined,
  lintRuns: () => useLint.getState().runs,
  nodeRenders: () => (window as unknown as { __benchRenders?: { nodeRenders: number } }).__benchRenders?.nodeRenders ?? -1,
  startFrames() {
    frames = [];
    requestAnimationFrame((t) => recordFrames(t));
  },
  stopFrames(): number[] {
    const out = frames ?? [];
    frames = undefined;
    return out;
  },
  /** A point on the empty pane (not on a card or an edge), for panning. */
  emptyPanePoint(): { x: number; y: number } | undefined {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.top + 20; y < pane.bottom - 20; y += 13)
      for (let x = pane.left + 20; x < pane.right - 20; x += 17) {
        const el = document.elementFromPoint(x, y);
        if (el?.classList.contains('react-flow__pane')) return { x, y };
      }
    return undefined;
  },
  /** Screen centre of a card fully on screen, to drag it. */
  nodePoint(): { x: number; y: number } | undefined {
    // Well inside the view if a card is; a large design at the readable minimum zoom may only offer cards nearer the edge.
    for (const margin of [100, 10])
      for (const el of document.querySelectorAll('.react-flow__node')) {
        const r = el.getBoundingClientRect();
        if (r.left > margin && r.top > margin && r.right < innerWidth - margin && r.bottom < innerHeight - margin) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    return undefined;
  },
  /** One property edit through the store; ms until the findings panel shows the new counts. */
  async editToFindings(): Promise<number> {
    if (!trainerId) throw new Error('no trainer in the generated design');
    const panel = document.querySelector('.findings')!;
    const before = panel.textContent;
    await nextFrame();
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (panel.textContent === before) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
      const start = performance.now();
      const editor = useEditor.getState();
      const split = editor.design.nodes.find((node) => node.id === trainerId)!.props.splitStrategy;
      editor.commit((d) => setProp(d, trainerId, 'splitStrategy', split === 'time-based' ? 'random' : 'time-based'));
    });
  },
  /**
   * A prop edit made by another member of a room: their Y.Doc's update applied to this page's room
   * doc (bound to the store as in a live room); ms until the findings panel shows it. The panel
   * updates after a paint, so the canvas has drawn the edited design by then. Yjs and the binding
   * load here, on first use, as in the app where only a room or a stored design brings them in.
   */
  async remoteEditToFindings(): Promise<number> {
    if (!trainerId) throw new Error('no trainer in the generated design');
    room ??= openBenchRoom(await import('../state/sync/local'));
    const { sync, remote } = room;
    const before = remote.design;
    const split = before.nodes.find((node) => node.id === trainerId)!.props.splitStrategy;
    const after = setProp(before, trainerId, 'splitStrategy', split === 'time-based' ? 'random' : 'time-based');
    let update: Uint8Array | undefined;
    const take = (u: Uint8Array) => (update = u);
    remote.doc.on('update', take);
    sync.applyDesignToDoc(remote.doc, before, after, 'remote member');
    remote.doc.off('update', take);
    remote.design = after;
    if (!update) throw new Error('the remote edit produced no Yjs update');
    const panel = document.querySelector('.findings')!;
    const shown = panel.textContent;
    await nextFrame();
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (panel.textContent === shown) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
      const start = performance.now();
      sync.applyUpdate(room!.doc, update!, 'provider');
    });
  },
  /**
   * One label edit through the store; ms until the card shows it (the input path: what typing in
   * the Inspector waits for). Lint is not on this path: the findings follow after the paint.
   */
  async editToCard(): Promise<number> {
    if (!trainerId) throw new Error('no trainer in the generated design');
    const card = document.querySelector(`.react-flow__node[data-id="${CSS.escape(trainerId)}"]`);
    if (!card) throw new Error(`no card for ${trainerId} on the canvas`);
    await nextFrame();
    const label = `Ranker trainer ${performance.now().toFixed(0)}`;
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!card.textContent?.includes(label)) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(card, { subtree: true, childList: true, characterData: true });
      const start = performance.now();
      useEditor.getState().commit((d) => updateNode(d, trainerId, { label }));
    });
  },
  /** Edit then undo, `cycles` times, letting React render each step. */
  async editUndoCycles(cycles: number): Promise<void> {
    const target = trainerId ?? design.nodes[0].id;
    for (let i = 0; i < cycles; i++) {
      useEditor.getState().commit((d) => updateNode(d, target, { notes: `edit ${i}` }));
      await nextFrame();
      useEditor.getState().undo();
      await nextFrame();
    }
  },
};

void watchFirstRender().then((t) => (bench.firstRender = t));
(window as unknown as { __bench: typeof bench }).__bench = bench;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <div style={{ position: 'fixed', inset: 0 }}>
      <ReactFlowProvider>{mode === 'app' ? <AppFlow /> : <BareFlow />}</ReactFlowProvider>
    </div>
  </StrictMode>,
);
