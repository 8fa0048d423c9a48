// Snapshot view benchmark: `node bench/snapshot-bench.mjs [--quick]`.
// Opens a generated 50-card design (5 serving chains of 10 cards, request edges) in the built app,
// fits it in a 1280×720 view, and takes "Snapshot view" at 1× and 2× through the dialog, reading
// the app's User Timing entry mlsd:snapshot-view (html-to-image's clone, inline styles, raster,
// PNG encode). Aim: ≤ 1 s for a 50-card view. Prints figures and the load average; asserts nothing.
// Serves BENCH_DIST (default dist, built if missing) unless BENCH_URL points at a running build.
// `run({ quick, url })` is what bench/run.mjs calls (row "Snapshot view, 50 cards").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, loadAverage, log, median, openDesignInStudio, preview } from './lib.mjs';

const KINDS = ['client-request', 'api-gateway', 'query-understanding', 'candidate-generation', 'ann-index', 'light-ranker', 'heavy-ranker', 'reranker', 'model-server', 'cache'];

function fiftyCards() {
  const nodes = [];
  const edges = [];
  for (let chain = 0; chain < 5; chain++)
    KINDS.forEach((kind, i) => {
      const id = `${kind}-${chain}`;
      nodes.push({ id, kind, position: { x: i * 260, y: chain * 180 } });
      if (i) edges.push({ id: `e-${chain}-${i}`, source: `${KINDS[i - 1]}-${chain}`, target: id, flow: 'request' });
    });
  return { format: 'mlsd-studio/design', version: 1, title: 'Fifty cards', nodes, edges };
}

export async function run({ quick = false, url } = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), 'snapshot-bench-'));
  const file = join(dir, 'fifty.json');
  writeFileSync(file, JSON.stringify(fiftyCards()));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results = [];
  try {
    const { page, close } = await openDesignInStudio(browser, url, file, 50);
    await page.waitForTimeout(500);
    const visible = await page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
    for (const scale of [1, 2]) {
      await page.getByRole('button', { name: 'Snapshot view' }).click();
      const dialog = page.getByRole('dialog', { name: 'Snapshot view' });
      await dialog.getByRole('radio', { name: `${scale}×` }).check();
      const times = [];
      for (let i = 0; i < (quick ? 1 : 5); i++) {
        const before = await page.evaluate(() => performance.getEntriesByName('mlsd:snapshot-view').length);
        const downloading = page.waitForEvent('download');
        await dialog.getByRole('button', { name: 'Download PNG' }).click();
        await downloading.catch(async (e) => { throw new Error(`no download: ${await dialog.innerText()}`, { cause: e }); });
        await page.waitForFunction((k) => performance.getEntriesByName('mlsd:snapshot-view').length > k, before);
        times.push(await page.evaluate(() => performance.getEntriesByName('mlsd:snapshot-view').at(-1).duration));
      }
      await dialog.getByRole('button', { name: 'Close' }).click();
      const row = { scenario: `Snapshot view, ${visible} cards, 1280×720 at ${scale}×`, median: median(times), min: Math.min(...times), max: Math.max(...times), unit: 'ms', aim: '≤ 1000 ms', runs: times.length };
      log(`${row.scenario}: median ${row.median.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')}), load average ${loadAverage()}`);
      results.push(row);
    }
    await close();
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop() {} } : await preview(process.env.BENCH_DIST ?? 'dist');
  try {
    for (const r of await run({ quick: process.argv.includes('--quick'), url: server.url })) console.log(`${r.scenario}: ${r.median.toFixed(0)} ms (aim ${r.aim}, ${r.runs} runs)`);
    console.log(`load average: ${loadAverage()}`);
  } finally {
    server.stop();
  }
}
