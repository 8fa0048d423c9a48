import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type EdgeChange,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, type FocusEvent, useCallback, useEffect, useMemo, useRef } from 'react';
import { connect, type Design, describePick, moveNodes, type PickedFlow, type Position } from '../core/document';
import { notify } from '../state/notify';
import { useEditor } from '../state/store';
import { useSideTab } from '../state/sideTab';
import { useUiPrefs } from '../state/prefs';
import { ComponentNode } from './ComponentNode';
import { FlowEdge } from './FlowEdge';
import { GhostNode } from './GhostNode';
import { useGhosts } from '../state/ghosts';
import { ghostElements } from './ghostElements';
import { usePresenter } from '../state/presenter';
import { LaneBands } from './LaneBands';
import { Legend } from './Legend';
import { Overview } from './Overview';
import { RemoteCursors } from './RemoteCursors';
import { toRfEdges } from './rf';
import { useCards } from './useCards';
import { addKindAt, GRID, KIND_MIME } from '../state/place';
import { useHighlightedEdges } from '../state/highlight';
import { applyDragStep, dragStep, throttleDragFrames, useLiveDrag, withLivePositions } from '../state/liveDrag';
import { FIT_ON_OPEN } from './sizes';

const nodeTypes = { component: ComponentNode, ghost: GhostNode };
const edgeTypes = { flow: FlowEdge };
// At module scope: React Flow copies every changed prop into its store, and a fresh array or
// object each render would wake all of its node and edge subscribers on every drag frame.
const SNAP_GRID: [number, number] = [GRID, GRID];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
// The same elements on every render: an edit re-renders the canvas, not the minimap, legend or cursors.
const OVERLAYS = (
  <>
    <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
    <Overview />
    <Controls aria-label="Zoom controls" />
    <Legend />
    <LaneBands />
    <RemoteCursors />
  </>
);

/** How often a drag reports positions to `onDragFrame` (a live room broadcasts them): 20 a second. */
export const DRAG_FRAME_MS = 50;

export interface CanvasProps {
  /** The dragged cards' positions, at most every DRAG_FRAME_MS during a drag and once where it ends. */
  onDragFrame?: (positions: ReadonlyMap<string, Position>) => void;
  /**
   * What a screen reader says a card's keys do. The shell passes it with the keys themselves
   * (useCanvasKeys): the canvas stays free of the command registry, which the bench page would pull in.
   */
  cardKeys?: string;
}

export function Canvas({ onDragFrame, cardKeys }: CanvasProps = {}) {
  // Edges are selected on their own: a drag changes node positions only, and a new edges array
  // every frame would make React Flow rebuild its connection lookup for every edge.
  const designEdges = useEditor((s) => s.design.edges);
  const selection = useEditor((s) => s.selection);
  const snap = useUiPrefs((s) => s.snap);
  const theme = useUiPrefs((s) => s.theme);
  const highlighted = useHighlightedEdges();
  const rf = useReactFlow();

  // Suggested components (compare with a reference) are drawn as ghost cards beside the real ones.
  const ghosts = useGhosts((s) => s.ghosts);
  const ghostRf = useMemo(() => ghostElements(ghosts), [ghosts]);
  const cards = useCards();
  const designNodes = useMemo(() => (ghostRf.nodes.length ? [...cards, ...ghostRf.nodes] : cards), [cards, ghostRf]);
  const livePositions = useLiveDrag((s) => s.positions);
  const nodes = useMemo(() => withLivePositions(designNodes, livePositions), [designNodes, livePositions]);
  const edges = useMemo(() => [...toRfEdges(designEdges, selection, highlighted), ...ghostRf.edges], [designEdges, selection, highlighted, ghostRf]);
  // While presenting, nothing on the canvas can be moved, wired or selected by accident.
  const presenting = usePresenter((s) => s.active);

  const onDragFrameRef = useRef(onDragFrame);
  useEffect(() => {
    onDragFrameRef.current = onDragFrame;
  }, [onDragFrame]);
  const dragFrames = useMemo(() => throttleDragFrames((p) => onDragFrameRef.current?.(p), DRAG_FRAME_MS), []);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const editor = useEditor.getState();
    let selectionChanged = false;
    const nodeIds = new Set(editor.selection.nodeIds);
    for (const c of changes) {
      if (c.type !== 'select') continue;
      selectionChanged = true;
      if (c.selected) nodeIds.add(c.id);
      else nodeIds.delete(c.id);
    }
    // React Flow moves the cards while the drag goes on; the design takes the positions once, at the end.
    const step = dragStep(changes);
    if (step.moved.size || step.ended) {
      const positions = applyDragStep(step, (final) => editor.commit((d) => moveNodes(d, movedFrom(d, final)), { content: false }));
      if (step.ended) dragFrames.end(positions);
      else dragFrames.frame(positions);
    }
    if (selectionChanged) {
      useEditor.getState().select({ nodeIds });
      // Picking one card on the canvas brings its properties forward (a finding's click does not).
      if (nodeIds.size === 1 && useSideTab.getState().tab === 'findings') useSideTab.getState().show('inspector');
    }
  }, [dragFrames]);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const editor = useEditor.getState();
    const edgeIds = new Set(editor.selection.edgeIds);
    let changed = false;
    for (const c of changes) {
      if (c.type !== 'select') continue;
      changed = true;
      if (c.selected) edgeIds.add(c.id);
      else edgeIds.delete(c.id);
    }
    if (changed) editor.select({ edgeIds });
  }, []);

  const onConnect = useCallback((c: Connection) => {
    if (!c.source || !c.target) return;
    let picked: PickedFlow | undefined;
    useEditor.getState().commit((d) => {
      const result = connect(d, c.source, c.target);
      picked = result.picked;
      return result.design;
    });
    if (picked) notify(`${describePick(picked)} (F changes it)`);
  }, []);

  const ariaLabelConfig = useMemo(
    // React Flow reads the first while keyboard handling is off and the second while it is on (names swapped upstream): set both.
    () => (cardKeys ? { 'node.a11yDescription.default': cardKeys, 'node.a11yDescription.keyboardDisabled': cardKeys } : undefined),
    [cardKeys],
  );

  // A card reached by the keyboard (Tab, or an arrow) becomes the selection: focus and selection move together.
  const onFocus = useCallback((e: FocusEvent) => {
    const card = e.target instanceof HTMLElement && e.target.matches('.react-flow__node:focus-visible') ? e.target.dataset.id : undefined;
    const { selection, select } = useEditor.getState();
    if (!card || (selection.nodeIds.size === 1 && selection.nodeIds.has(card))) return;
    select({ nodeIds: new Set([card]), edgeIds: new Set() });
  }, []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(KIND_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(KIND_MIME);
      if (!kind) return;
      e.preventDefault();
      e.stopPropagation();
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      addKindAt(kind, at);
    },
    [rf],
  );

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} onFocus={onFocus}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        nodesDraggable={!presenting}
        nodesConnectable={!presenting}
        elementsSelectable={!presenting}
        colorMode={theme}
        snapToGrid={snap}
        snapGrid={SNAP_GRID}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        minZoom={0.1}
        maxZoom={2.5}
        fitView
        fitViewOptions={FIT_ON_OPEN}
        proOptions={PRO_OPTIONS}
        aria-label="Design canvas"
        ariaLabelConfig={ariaLabelConfig}
      >
        {OVERLAYS}
      </ReactFlow>
    </div>
  );
}

/** The positions that differ from the design's, so a click without a move is no undo step. */
function movedFrom(design: Design, positions: ReadonlyMap<string, Position>): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const n of design.nodes) {
    const p = positions.get(n.id);
    if (p && (p.x !== n.position?.x || p.y !== n.position?.y)) out.set(n.id, p);
  }
  return out;
}
