/** The path of Mermaid's flowchart module under `root`/node_modules (see mermaid-chunk.mjs). */
export function mermaidFlowchartPath(root: string): string;
