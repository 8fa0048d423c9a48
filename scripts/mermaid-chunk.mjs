// Mermaid's flowchart diagram module (its grammar and FlowDB, without the renderer), aliased as
// `mermaid-flowchart` by the app's Vite build and the CLI's esbuild. Its file name carries a content
// hash, so it is found rather than named.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function mermaidFlowchartPath(root) {
  const dir = join(root, 'node_modules/mermaid/dist/chunks/mermaid.core');
  const file = readdirSync(dir).find((f) => /^flowDiagram-\w+\.mjs$/.test(f));
  if (!file) throw new Error(`no flowDiagram-*.mjs in ${dir}: has mermaid's package layout changed?`);
  return join(dir, file);
}
