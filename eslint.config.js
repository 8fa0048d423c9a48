import tseslint from 'typescript-eslint';

/**
 * The house (CONVENTIONS.md): imports run downward only.
 *   app -> (canvas, panels, export) -> state -> core;   cli -> server -> core
 * Each layer lists the src/ folders it must never import. canvas, panels and export are
 * siblings: they read state and never each other. bench/ is the benchmark page, a second shell.
 */
const LAYERS = {
  core: ['state', 'canvas', 'panels', 'export', 'app', 'cli', 'server', 'bench'],
  state: ['canvas', 'panels', 'export', 'app', 'cli', 'server', 'bench'],
  canvas: ['panels', 'export', 'app', 'cli', 'server', 'bench'],
  panels: ['canvas', 'export', 'app', 'cli', 'server', 'bench'],
  export: ['canvas', 'panels', 'app', 'cli', 'server', 'bench'],
  app: ['cli', 'server', 'bench'],
  server: ['state', 'canvas', 'panels', 'export', 'app', 'cli', 'bench'],
  cli: ['state', 'canvas', 'panels', 'export', 'app', 'bench'],
};

const uiPackages = ['react', 'react-dom', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'idb-keyval', 'html-to-image'];
const networkPackages = ['ws', '@hocuspocus/*', 'y-websocket', 'y-indexeddb', 'ioredis'];

/** Extra package fences per layer: core is pure, Node-only layers carry no UI. */
const PACKAGES = {
  core: [
    { group: uiPackages, message: 'src/core stays free of React, React Flow, zustand and the DOM.' },
    { group: networkPackages, message: 'src/core does no I/O: network and storage clients live in state or server.' },
  ],
  server: [{ group: uiPackages, message: 'The server is Node only: no UI packages.' }],
  cli: [{ group: uiPackages, message: 'The CLI imports core and server only.' }],
};

const MAX_DEPTH = 5;

function fences(layer, forbidden, { tests }) {
  const blocks = [];
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const up = '\\.\\./'.repeat(depth + 1);
    const patterns = [
      {
        regex: `^${up}(${forbidden.join('|')})(/|$)`,
        message: `src/${layer} must not import ${forbidden.join(', ')} (imports run down: app -> canvas/panels/export -> state -> core; cli -> server -> core).`,
      },
      ...(PACKAGES[layer] ?? []),
    ];
    // Core code runs in the browser, the CLI, the server and a worker: no Node built-ins outside its tests.
    if (layer === 'core' && !tests) patterns.push({ group: ['node:*', 'fs', 'path', 'http'], message: 'src/core runs in the browser too: no Node built-ins.' });
    blocks.push({
      files: [`src/${layer}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      ...(tests ? { ignores: [] } : { ignores: ['**/*.test.ts', '**/*.test.tsx'] }),
      ...(tests ? { files: [`src/${layer}/${'*/'.repeat(depth)}*.test.{ts,tsx}`] } : {}),
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    });
  }
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...Object.entries(LAYERS).flatMap(([layer, forbidden]) => [...fences(layer, forbidden, { tests: false }), ...fences(layer, forbidden, { tests: true })]),
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'] },
  },
);
