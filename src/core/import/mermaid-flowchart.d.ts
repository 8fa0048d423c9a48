/** Mermaid's flowchart diagram module (dist/chunks/mermaid.core/flowDiagram-*.mjs), aliased by scripts/mermaid-chunk.mjs for the app's and the CLI's builds. */
declare module 'mermaid-flowchart' {
  interface FlowDb {
    clear?(): void;
    getVertices(): Map<string, { id: string; text?: unknown }>;
    getEdges(): { start: string; end: string; stroke?: string; text?: string }[];
  }
  export function createFlowDiagram(): { db: FlowDb; parser: { parser: { yy: unknown }; parse(text: string): unknown } };
}
