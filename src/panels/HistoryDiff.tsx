import { getKind } from '../core/catalog';
import type { Design } from '../core/document';
import { type DesignDiff, isUnchanged } from '../core/history';

const nameOf = (design: Design, id: string) => {
  const n = design.nodes.find((x) => x.id === id);
  return n ? (n.label ?? getKind(n.kind)?.label ?? n.kind) : id;
};

/** What restoring the version would change, read as "this version has… compared with now". */
export function HistoryDiff({ diff, version, current }: { diff: DesignDiff; version: Design; current: Design }) {
  if (isUnchanged(diff))
    return <p className="muted">{diff.nodes.moved.length ? `Same content; ${diff.nodes.moved.length} card(s) placed differently.` : 'Same as the current design.'}</p>;
  const edgeName = (d: Design, e: { source: string; target: string }) => `${nameOf(d, e.source)} → ${nameOf(d, e.target)}`;
  const sections: [string, string[]][] = [
    ['Cards only in this version', diff.nodes.removed.map((n) => nameOf(version, n.id))],
    ['Cards added since', diff.nodes.added.map((n) => nameOf(current, n.id))],
    ['Cards changed since', diff.nodes.changed.map((c) => `${nameOf(current, c.id)}: ${c.fields.join(', ')}`)],
    ['Connections only in this version', diff.edges.removed.map((e) => edgeName(version, e))],
    ['Connections added since', diff.edges.added.map((e) => edgeName(current, e))],
    ['Connections changed since', diff.edges.changed.map((c) => `${edgeName(current, c)}: ${c.fields.join(', ')}`)],
    ['Design settings changed', diff.design],
  ];
  return (
    <div className="history__diff" aria-label="Differences with the current design">
      {sections
        .filter(([, items]) => items.length)
        .map(([title, items]) => (
          <section key={title}>
            <h4>
              {title} ({items.length})
            </h4>
            <ul>
              {items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
