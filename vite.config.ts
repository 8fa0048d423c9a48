import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { roomServerPlugin } from './src/server/vite-plugin';
import { mermaidFlowchartPath } from './scripts/mermaid-chunk.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The studio as an installable app that works offline after one visit: Workbox precaches the
 * build (shell, lazy dialogs, every template chunk and the ELK worker). The manifest and icons live
 * in public/. A new version waits until the user accepts the "reload to update" notice
 * (src/state/appUpdate.ts), so an edit is never cut short by a forced reload.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
    // The bench page and its code are for `npm run bench` only, never part of the installed app.
    globIgnores: ['bench.html', 'assets/bench-*'],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/bench/],
    // The ELK worker chunk is ~1.5 MB; above Workbox's 2 MiB default only by future growth.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // The first visit's page comes under the worker at once, so a version deployed while it is open
    // waits for the user's reload like on any later visit (skipWaiting stays off: 'prompt').
    clientsClaim: true,
  },
});

export default defineConfig({
  // The room server rides on the dev server (npm run dev): live rooms with no second command.
  plugins: [react(), pwa, roomServerPlugin()],
  // Open and paste read Mermaid flowcharts with Mermaid's own parser, in a worker (src/state/mermaid.worker.ts),
  // never its renderer: the worker has no DOM for DOMPurify, which only the renderer needs.
  resolve: {
    alias: {
      'mermaid-flowchart': mermaidFlowchartPath(root),
      dompurify: `${root}/src/core/import/dompurify-shim.ts`,
    },
  },
  optimizeDeps: { include: ['elkjs/lib/elk.bundled.js'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // bench.html: the performance page `npm run bench` drives (bare React Flow vs the app's canvas).
    rollupOptions: { input: { main: 'index.html', bench: 'bench.html' } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
