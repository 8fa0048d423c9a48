import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { getKind } from '../core/catalog';
import type { Design, DesignNode } from '../core/document';
import { stageOfNode } from '../core/export/stages';
import { type Finding, STAGES } from '../core/lint';
import { useLint } from '../state/lint';
import { useEditor } from '../state/store';
import './outline.css';

const nameOf = (n: DesignNode) => n.label ?? getKind(n.kind)?.label ?? n.kind;

interface Row {
  node: DesignNode;
  outgoing: string[];
  incoming: string[];
  findings: Finding[];
}

function outline(design: Design, findings: readonly Finding[]) {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const rows = new Map<string, Row>(design.nodes.map((n) => [n.id, { node: n, outgoing: [], incoming: [], findings: [] }]));
  for (const e of design.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    rows.get(s.id)!.outgoing.push(`${e.flow} to ${nameOf(t)}`);
    rows.get(t.id)!.incoming.push(`${e.flow} from ${nameOf(s)}`);
  }
  for (const f of findings) for (const id of f.nodeIds) rows.get(id)?.findings.push(f);
  return STAGES.map((stage) => ({ stage, rows: [...rows.values()].filter((r) => stageOfNode(r.node) === stage) })).filter((g) => g.rows.length);
}

/**
 * The design as a tree a screen reader can walk: stages, their components, each component's
 * connections and findings. Selecting a component here selects it on the canvas and the other way
 * round. Keys follow the ARIA tree pattern: arrows move, Enter or Space selects.
 */
export function OutlinePanel() {
  const design = useEditor((s) => s.design);
  const selected = useEditor((s) => s.selection.nodeIds);
  const findings = useLint((s) => s.result.findings);
  const groups = useMemo(() => outline(design, findings), [design, findings]);
  const tree = useRef<HTMLUListElement>(null);
  const select = (id: string) => useEditor.getState().select({ nodeIds: new Set([id]), edgeIds: new Set() });

  // A card picked on the canvas is brought into view here.
  useEffect(() => {
    const first = [...selected][0];
    if (first) tree.current?.querySelector(`[data-node-id="${CSS.escape(first)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const onKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(tree.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => {
      const next = items[Math.max(0, Math.min(items.length - 1, i))];
      if (!next) return;
      items.forEach((it) => (it.tabIndex = it === next ? 0 : -1));
      next.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && items[at]?.dataset.nodeId) select(items[at].dataset.nodeId);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  if (!design.nodes.length) return <p className="muted">The design is empty: add components from the palette.</p>;
  let first = true;
  const tabIndex = () => (first ? ((first = false), 0) : -1);
  return (
    <ul className="outline" role="tree" aria-label="Design outline" ref={tree} onKeyDown={onKey}>
      {groups.map(({ stage, rows }) => (
        <li key={stage} role="treeitem" aria-expanded="true" aria-selected="false" tabIndex={tabIndex()} aria-label={`${stage}, ${rows.length} components`}>
          <span className="outline__stage">{stage}</span>
          <ul role="group">
            {rows.map(({ node, outgoing, incoming, findings: own }) => {
              const name = nameOf(node);
              const kind = getKind(node.kind)?.label ?? node.kind;
              const details = [...outgoing.map((c) => `Connects ${c}`), ...incoming.map((c) => `Receives ${c}`)];
              return (
                <li
                  key={node.id}
                  role="treeitem"
                  data-node-id={node.id}
                  aria-selected={selected.has(node.id)}
                  aria-expanded={details.length + own.length ? true : undefined}
                  aria-label={`${name}${name !== kind ? ` (${kind})` : ''}${own.length ? `, ${own.length} finding${own.length > 1 ? 's' : ''}` : ''}`}
                  tabIndex={tabIndex()}
                  onClick={(e) => {
                    e.stopPropagation();
                    select(node.id);
                  }}
                  className="outline__node"
                >
                  <span>{name}</span>
                  {details.length + own.length > 0 && (
                    <ul role="group">
                      {details.map((d) => (
                        <li key={d} role="treeitem" aria-selected="false" tabIndex={-1}>
                          {d}
                        </li>
                      ))}
                      {own.map((f, i) => (
                        <li key={`${f.ruleId}-${i}`} role="treeitem" aria-selected="false" tabIndex={-1} className={`outline__finding sev--${f.severity}`}>
                          {f.severity}: {f.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
