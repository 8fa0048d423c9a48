// Layout and export benchmark: `node bench/layout-export-bench.mjs [--quick]`.
// Drives the built app in Debian's Chromium like a person (Open a design file, Tidy up, Export)
// and reads the User Timing entries the app records:
//   mlsd:tidy-up:layout  ELK layout in the Web Worker, wall time seen from the page
//   mlsd:export:png      PNG export (export layout in the worker, SVG writer, canvas raster, design chunk), wall time
// While the layout runs, a PerformanceObserver('longtask') records main-thread tasks over 50 ms:
// the editor must stay responsive (aim: no task over 50 ms). Baseline for the layout: the same
// `layoutDesign` with elk.bundled.js in Node, in-process (no worker, no page).
//
// Serves /tmp/dist-layout-bench (built if missing) unless BENCH_URL points at a running build;
// BENCH_DIST picks another build folder. `run({ quick, url })` is what bench/run.mjs calls.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, log, median, openDesignInStudio, preview } from './lib.mjs';
import { tsImport } from 'tsx/esm/api';

const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });


/** The studio open on a generated design of `n` nodes, watching main-thread tasks over 50 ms. */
async function openStudio(browser, url, file, n) {
  const studio = await openDesignInStudio(browser, url, file, n);
  await studio.page.evaluate(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => window.__longtasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
  });
  return studio;
}

/** One Tidy up: the layout's wall time, and the longest main-thread task while it ran (0 = none over 50 ms). */
async function tidyOnce(page) {
  const before = await page.evaluate(() => performance.getEntriesByName('mlsd:tidy-up:layout').length);
  await page.getByRole('button', { name: 'Tidy up', exact: true }).click();
  await page.waitForFunction((k) => performance.getEntriesByName('mlsd:tidy-up:layout').length > k, before, { timeout: 120_000 });
  // Let the animation finish before the next run.
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const m = performance.getEntriesByName('mlsd:tidy-up:layout').at(-1);
    const end = m.startTime + m.duration;
    const during = window.__longtasks.filter((t) => t.start < end && t.start + t.duration > m.startTime);
    return { ms: m.duration, longest: Math.max(0, ...during.map((t) => t.duration)) };
  });
}

async function exportPngOnce(page, scale) {
  const before = await page.evaluate(() => performance.getEntriesByName('mlsd:export:png').length);
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel(`${scale}×`).check();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Download' }).click();
  await download;
  const ms = await page.evaluate((k) => performance.getEntriesByName('mlsd:export:png')[k].duration, before);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return ms;
}

export async function run({ quick = false, url: given } = {}) {
  const { generateDesign } = await tsImport('../src/core/testing/generate.ts', import.meta.url);
  const { layoutDesign } = await tsImport('../src/core/layout/index.ts', import.meta.url);
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  const elk = new ELK();
  const tmp = mkdtempSync(join(os.tmpdir(), 'mlsd-bench-'));
  const server = given ? { url: given, stop() {} } : await preview(process.env.BENCH_DIST ?? '/tmp/dist-layout-bench');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows = [];
  const runs = quick ? 2 : 7;
  try {
    for (const n of [100, 500]) {
      const design = generateDesign(n, 11);
      const file = join(tmp, `generated-${n}.json`);
      writeFileSync(file, JSON.stringify(design));

      const node = [];
      await layoutDesign(design, elk, { direction: 'RIGHT' });
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await layoutDesign(design, elk, { direction: 'RIGHT' });
        node.push(performance.now() - t);
      }

      const studio = await openStudio(browser, server.url, file, n);
      const first = await tidyOnce(studio.page); // cold: the worker and ELK chunk load
      const warm = [];
      for (let i = 0; i < runs; i++) warm.push(await tidyOnce(studio.page));
      await studio.close();

      const wall = warm.map((r) => r.ms);
      const longest = [first, ...warm].map((r) => r.longest);
      const s = stats(wall);
      rows.push({ scenario: `ELK layout, ${n} nodes / ${design.edges.length} edges (worker wall, warm; cold ${Math.round(first.ms)} ms)`, ...s, baselineMedian: median(node), ratio: s.median / median(node), unit: 'ms', aim: 'ratio ≤ 1.5 (worker overhead)', met: s.median / median(node) <= 1.5 });
      rows.push({ scenario: `  … longest main-thread task during that layout`, ...stats(longest), unit: 'ms', aim: '≤ 50 ms', met: Math.max(...longest) <= 50 });
      log(`layout ${n}: ${s.median.toFixed(0)} ms (node ${median(node).toFixed(0)} ms), longest task ${Math.max(...longest).toFixed(0)} ms`);
    }

    {
      const n = 200;
      const design = generateDesign(n, 5);
      const file = join(tmp, `generated-${n}.json`);
      writeFileSync(file, JSON.stringify(design));
      const studio = await openStudio(browser, server.url, file, n);
      await tidyOnce(studio.page); // a laid-out design, as a person would export it
      for (const scale of quick ? [1] : [1, 2]) {
        await exportPngOnce(studio.page, scale); // warm-up: the first run loads the export code
        const times = [];
        for (let i = 0; i < (quick ? 1 : 5); i++) times.push(await exportPngOnce(studio.page, scale));
        const s = stats(times);
        rows.push({ scenario: `PNG export, ${n} nodes at ${scale}×`, ...s, unit: 'ms', aim: '≤ 1000 ms', met: s.median <= 1000 });
        log(`png ${n} at ${scale}×: ${s.median.toFixed(0)} ms`);
      }
      await studio.close();
    }
  } finally {
    await browser.close();
    server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

function table(rows) {
  const f = (x) => (x === undefined || Number.isNaN(x) ? '—' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
  const head = ['Scenario', 'Median', 'Min–max', 'Baseline (Node, no worker)', 'Ratio', 'Aim', 'Met'];
  const body = rows.map((r) => [r.scenario, f(r.median), `${f(r.min)} – ${f(r.max)}`, f(r.baselineMedian), r.ratio ? `${r.ratio.toFixed(2)}×` : '—', r.aim, r.met ? 'met' : 'NOT MET']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run({ quick: process.argv.includes('--quick'), url: process.env.BENCH_URL });
  console.log(table(rows));
}
