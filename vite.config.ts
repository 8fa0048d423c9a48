import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { roomServerPlugin } from './src/server/vite-plugin';

export default defineConfig({
  // The room server rides on the dev server (npm run dev): live rooms with no second command.
  plugins: [react(), roomServerPlugin()],
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
