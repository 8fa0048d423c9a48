/** Every templates/*.json file by id, bundled into the CLI by scripts/build-cli.mjs. */
declare module 'virtual:mlsd-templates' {
  const templates: Record<string, unknown>;
  export default templates;
}

/** The version in package.json, set by scripts/build-cli.mjs. */
declare const MLSD_VERSION: string;

/** Mermaid's flowchart diagram module (dist/chunks/mermaid.core/flowDiagram-*.mjs), aliased by scripts/build-cli.mjs. */
declare module 'mermaid-flowchart' {
  interface FlowDb {
    clear?(): void;
    getVertices(): Map<string, { id: string; text?: unknown }>;
    getEdges(): { start: string; end: string; stroke?: string; text?: string }[];
  }
  export function createFlowDiagram(): { db: FlowDb; parser: { parser: { yy: unknown }; parse(text: string): unknown } };
}
