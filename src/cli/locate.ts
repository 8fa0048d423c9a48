import { findNodeAtLocation, type Node as JsonNode, parseTree } from 'jsonc-parser';

export interface Place {
  line: number;
  column: number;
}

/** Where each node and edge starts in a design file's text, by position in the file's arrays. */
export interface Places {
  nodes: Place[];
  edges: Place[];
}

const START: Place = { line: 1, column: 1 };

function placeOf(text: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Locates every entry of `nodes` and `edges` (jsonc-parser keeps offsets; JSON.parse does not). */
export function locate(text: string): Places {
  const tree = parseTree(text);
  const entries = (key: string) => {
    const array: JsonNode | undefined = tree && findNodeAtLocation(tree, [key]);
    return (array?.type === 'array' ? (array.children ?? []) : []).map((n) => placeOf(text, n.offset));
  };
  return { nodes: entries('nodes'), edges: entries('edges') };
}

/** The place of a finding: its first node, else its first edge, else the top of the file. */
export function placeOfFinding(places: Places | undefined, ids: { nodes: string[]; edges: string[] }, finding: { nodeIds: string[]; edgeIds: string[] }): Place {
  if (!places) return START;
  const node = finding.nodeIds.length ? ids.nodes.indexOf(finding.nodeIds[0]) : -1;
  if (node >= 0) return places.nodes[node] ?? START;
  const edge = finding.edgeIds.length ? ids.edges.indexOf(finding.edgeIds[0]) : -1;
  return (edge >= 0 && places.edges[edge]) || START;
}
