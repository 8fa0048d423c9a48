import { type Graph, R } from './graph';

/**
 * S(C) for every client-request C: the nodes reachable from C over request edges, C included
 * (DOMAIN.md section B). Keyed by client id, in design order.
 */
export function servingPaths(graph: Graph): Map<string, Set<string>> {
  const paths = new Map<string, Set<string>>();
  for (const client of graph.ofKind('client-request')) paths.set(client.id, graph.reachable(client.id, R));
  return paths;
}

/** S = ∪ S(C). */
export function servingSet(paths: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const all = new Set<string>();
  for (const path of paths.values()) for (const id of path) all.add(id);
  return all;
}

/**
 * side(v) for every v ∈ S: nodes outside S with a request edge into v, the parallel lookups a
 * serving node makes (feature store, cache). Nodes without side inputs are absent from the map.
 */
export function sideInputs(graph: Graph, serving: ReadonlySet<string>): Map<string, string[]> {
  const side = new Map<string, string[]>();
  for (const v of serving) {
    for (const u of graph.neighbours(v, R, 'backward')) {
      if (serving.has(u)) continue;
      const list = side.get(v) ?? [];
      if (!list.includes(u)) list.push(u);
      side.set(v, list);
    }
  }
  return side;
}
