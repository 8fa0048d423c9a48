import { createFlowDiagram } from 'mermaid-flowchart';
import type { Flowchart } from './mermaid';

/**
 * Reads a flowchart with Mermaid's own parser (its grammar and FlowDB, without the renderer):
 * what GitHub renders is what we import. Throws Mermaid's error for text it does not accept. The text
 * comes without its preamble (`withoutMermaidPreamble`), which Mermaid strips before its grammar.
 */
export function parseFlowchart(text: string): Flowchart {
  const diagram = createFlowDiagram();
  const db = diagram.db;
  diagram.parser.parser.yy = db;
  db.clear?.();
  diagram.parser.parse(text);
  return {
    vertices: [...db.getVertices().values()].map((v) => ({ id: v.id, text: typeof v.text === 'string' ? v.text : v.id })),
    edges: db.getEdges().map((e) => ({ start: e.start, end: e.end, stroke: e.stroke ?? 'normal', text: e.text ?? '' })),
  };
}
