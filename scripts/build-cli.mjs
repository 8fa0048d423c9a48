// Builds the `mlsd` CLI to plain JavaScript in dist-cli/ (npm run build:cli; prepare and prepack run it):
// core, the template files and the parsers are bundled in, so the installed package needs no
// TypeScript and no dev dependency at run time. Heavy parts (ELK for SVG export) are split into
// chunks that load only for the command that needs them.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { mermaidFlowchartPath } from './mermaid-chunk.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `import templates from 'virtual:mlsd-templates'`: every templates/*.json by id. */
const templatesPlugin = {
  name: 'mlsd-templates',
  setup(b) {
    b.onResolve({ filter: /^virtual:mlsd-templates$/ }, () => ({ path: 'templates', namespace: 'mlsd-templates' }));
    b.onLoad({ filter: /.*/, namespace: 'mlsd-templates' }, () => {
      const dir = join(root, 'templates');
      const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
      const entries = files.map((f) => `${JSON.stringify(basename(f, '.json'))}: ${readFileSync(join(dir, f), 'utf8')}`);
      return { contents: `export default {${entries.join(',\n')}};`, loader: 'js', watchFiles: files.map((f) => join(dir, f)) };
    });
  },
};

export async function buildCli({ outdir = join(root, 'dist-cli') } = {}) {
  // Chunk names carry content hashes: clear the last build's, or the package would ship them all.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { mlsd: join(root, 'src/cli/bin.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ES module build bundles cleanly.
    mainFields: ['module', 'main'],
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    define: { MLSD_VERSION: JSON.stringify(pkg.version) },
    // Bundled CommonJS (elkjs) may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __mlsdRequire } from 'node:module'; const require = __mlsdRequire(import.meta.url);" },
    plugins: [templatesPlugin],
    alias: { 'mermaid-flowchart': mermaidFlowchartPath(root), dompurify: join(root, 'src/core/import/dompurify-shim.ts') },
    logLevel: 'warning',
    legalComments: 'none',
  });
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildCli();
  console.log(`built ${out}/mlsd.js`);
}
