import { lazy, memo, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { getKind } from '../core/catalog';
import { type DesignNode, FLOWS, type Flow, nodeLabel, setProp, updateEdge, updateNode } from '../core/document';
import { deleteSelection } from '../state/commands/edit';
import { runCommand } from '../state/commands/run';
import { useEditor } from '../state/store';
import { humanize, PropField, TextField } from './fields';

// The comment threads load with the first selection, keeping them out of the first paint's code.
const Comments = lazy(() => import('./CommentThread'));

/**
 * What the inspector shows of a node, position left out: dragging the selected card changes its
 * position every frame, and the form would otherwise re-render with it.
 */
function useInspectedNode(id: string): DesignNode | undefined {
  const [kind, label, notes, pinned, props] = useEditor(
    useShallow((s) => {
      const n = s.design.nodes.find((x) => x.id === id);
      return n ? [n.kind, n.label, n.notes, n.pinned, n.props] : [];
    }),
  );
  return kind === undefined ? undefined : { id, kind, label, notes, pinned, props: props! };
}

function NodeInspector({ id }: { id: string }) {
  const node = useInspectedNode(id);
  const commit = useEditor((s) => s.commit);
  if (!node) return null;
  const kind = getKind(node.kind);
  return (
    <>
      <header className="inspector__head">
        <span className={`inspector__glyph cat-${kind?.category}`} aria-hidden="true">
          {kind?.glyph}
        </span>
        <div>
          <h2>{nodeLabel(node)}</h2>
          <div className="muted">
            {kind?.label} · <code>{node.id}</code>
          </div>
        </div>
      </header>
      <p className="muted small">{kind?.description}</p>
      <TextField label="Label" value={node.label ?? ''} onCommit={(v) => commit((d) => updateNode(d, id, { label: v.trim() === '' ? undefined : v }))} />
      <TextField label="Notes" multiline value={node.notes ?? ''} onCommit={(v) => commit((d) => updateNode(d, id, { notes: v === '' ? undefined : v }))} />
      <div className="field field--inline">
        <input id={`pin-${id}`} type="checkbox" checked={!!node.pinned} onChange={(e) => commit((d) => updateNode(d, id, { pinned: e.target.checked || undefined }), { content: false })} />
        <label htmlFor={`pin-${id}`}>Pinned (tidy-up leaves it in place)</label>
      </div>
      <h3>Properties</h3>
      {kind &&
        Object.entries(kind.props).map(([name, spec]) => (
          <PropField
            key={`${id}:${name}`}
            name={name}
            label={spec.label ?? humanize(name)}
            spec={spec}
            own={node.props[name]}
            onChange={(value) => commit((d) => setProp(d, id, name, value))}
          />
        ))}
      <Suspense fallback={null}>
        <Comments key={id} target={{ node: id }} />
      </Suspense>
    </>
  );
}

function EdgeInspector({ id }: { id: string }) {
  const edge = useEditor((s) => s.design.edges.find((e) => e.id === id));
  const commit = useEditor((s) => s.commit);
  if (!edge) return null;
  return (
    <>
      <header className="inspector__head">
        <div>
          <h2>Edge</h2>
          <div className="muted">
            <code>{edge.source}</code> → <code>{edge.target}</code>
          </div>
        </div>
      </header>
      <div className="field">
        <label htmlFor={`flow-${id}`}>Flow</label>
        <select id={`flow-${id}`} value={edge.flow} onChange={(e) => commit((d) => updateEdge(d, id, { flow: e.target.value as Flow }))}>
          {FLOWS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </div>
      <TextField label="Edge label" value={edge.label ?? ''} onCommit={(v) => commit((d) => updateEdge(d, id, { label: v === '' ? undefined : v }))} />
      <Suspense fallback={null}>
        <Comments key={id} target={{ edge: id }} />
      </Suspense>
    </>
  );
}

function InspectorView() {
  const nodeIds = useEditor((s) => s.selection.nodeIds);
  const edgeIds = useEditor((s) => s.selection.edgeIds);
  const total = nodeIds.size + edgeIds.size;
  const hasComments = useEditor((s) => !!s.design.comments?.length);
  return (
    <aside className="inspector" aria-label="Inspector">
      {total === 0 && <p className="muted">Select a component or an edge to edit it. Drag components from the palette; connect them by dragging from a handle.</p>}
      {total === 0 && hasComments && (
        <Suspense fallback={null}>
          <Comments />
        </Suspense>
      )}
      {total === 1 && nodeIds.size === 1 && <NodeInspector id={[...nodeIds][0]} />}
      {total === 1 && edgeIds.size === 1 && <EdgeInspector id={[...edgeIds][0]} />}
      {total > 1 && (
        <>
          <h2>
            {nodeIds.size} components, {edgeIds.size} edges selected
          </h2>
          <button type="button" onClick={() => runCommand(deleteSelection)}>
            Delete selection
          </button>
        </>
      )}
    </aside>
  );
}

export const Inspector = memo(InspectorView);
