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
import { type DragEvent, useCallback, useMemo } from 'react';
import { connect, type Position } from '../core/document';
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
import { toRfEdges, toRfNodes } from './rf';
import { addKindAt, GRID, KIND_MIME } from '../state/place';
import { useHighlightedEdges } from '../state/highlight';

const nodeTypes = { component: ComponentNode, ghost: GhostNode };
const edgeTypes = { flow: FlowEdge };

export function Canvas() {
  const design = useEditor((s) => s.design);
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
  const nodes = useMemo(() => [...toRfNodes(design, selection), ...ghostRf.nodes], [design, selection, ghostRf]);
  const edges = useMemo(() => [...toRfEdges(designEdges, selection, highlighted), ...ghostRf.edges], [designEdges, selection, highlighted, ghostRf]);
  // While presenting, nothing on the canvas can be moved, wired or selected by accident.
  const presenting = usePresenter((s) => s.active);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const editor = useEditor.getState();
    const moved = new Map<string, Position>();
    let dragEnded = false;
    let selectionChanged = false;
    const nodeIds = new Set(editor.selection.nodeIds);
    for (const c of changes) {
      if (c.type === 'position' && c.position) {
        moved.set(c.id, c.position);
        if (c.dragging === false) dragEnded = true;
      } else if (c.type === 'position' && c.dragging === false) dragEnded = true;
      else if (c.type === 'select') {
        selectionChanged = true;
        if (c.selected) nodeIds.add(c.id);
        else nodeIds.delete(c.id);
      }
    }
    if (moved.size) {
      if (!editor.dragging) editor.beginDrag();
      editor.dragNodes(moved);
    }
    if (dragEnded && useEditor.getState().dragging) useEditor.getState().endDrag();
    if (selectionChanged) {
      useEditor.getState().select({ nodeIds });
      // Picking one card on the canvas brings its properties forward (a finding's click does not).
      if (nodeIds.size === 1 && useSideTab.getState().tab === 'findings') useSideTab.getState().show('inspector');
    }
  }, []);

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
    useEditor.getState().commit((d) => connect(d, c.source, c.target).design);
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
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop}>
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
        snapGrid={[GRID, GRID]}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        minZoom={0.1}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1.2 }}
        proOptions={{ hideAttribution: true }}
        aria-label="Design canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
        <Overview />
        <Controls aria-label="Zoom controls" />
        <Legend />
        <LaneBands />
        <RemoteCursors />
      </ReactFlow>
    </div>
  );
}
