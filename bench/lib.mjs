// What the benchmark scripts share: paths, Chromium flags, statistics and a preview server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const log = (...a) => console.error('·', ...a);

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

const vite = join(root, 'node_modules/vite/bin/vite.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Builds into `dist` when asked (or when it holds no build), for a bench of its own. */
export function build(dist) {
  log(`building into ${dist}…`);
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** `vite preview` of a build on a free loopback port; resolves once `probe` answers. */
export async function preview(dist = 'dist', probe = '/') {
  if (!existsSync(join(root, dist, 'index.html')) && !existsSync(join(dist, 'index.html'))) build(dist);
  const port = await freePort();
  const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { cwd: root, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}${probe}`)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`vite preview did not start on port ${port}`);
}

/**
 * A fresh 1280×720 context with the built studio open on a design file, opened like a person would:
 * the welcome gallery closed with Escape, then the toolbar's Open button and the file chooser.
 * Resolves once the canvas shows `cards` cards.
 */
export async function openDesignInStudio(browser, url, file, cards) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor();
  await page.waitForLoadState('networkidle');
  const welcome = page.locator('dialog[open]');
  if (await welcome.waitFor({ timeout: 3000 }).then(() => true, () => false)) {
    await page.keyboard.press('Escape');
    await welcome.waitFor({ state: 'detached' });
  }
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open design file' }).click();
  await (await chooser).setFiles(file);
  await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count, cards, { timeout: 60_000 });
  return { page, close: () => context.close() };
}

/** The machine's load, printed beside figures: on a shared machine they mean little without it. */
export const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(', ');
