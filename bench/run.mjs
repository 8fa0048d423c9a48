// The benchmark suite: `npm run bench` (full) or `npm run bench -- --quick` (each scenario once,
// small sizes; CI runs it to keep the benchmarks alive and asserts nothing about timings).
// Prints one table and writes bench/results.md. It builds the app, serves the build with
// `vite preview` on a free port, and drives bench.html in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, log, median, preview, root } from './lib.mjs';
import { register } from 'tsx/esm/api';

const quick = process.argv.includes('--quick');
const skipBuild = process.argv.includes('--no-build');
const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
/** `--dist DIR`: the build to measure (built there unless --no-build); default dist/. */
const distDir = argValue('--dist') ?? 'dist';
/** `--only drag,edit`: run only these scenarios while iterating; results.md is written by full runs only. */
const SCENARIOS = ['bundle', 'lint', 'first-render', 'pan', 'drag', 'edit', 'heap', 'layout', 'snapshot'];
const only = argValue('--only')?.split(',');
const unknownScenario = only?.find((s) => !SCENARIOS.includes(s));
if (unknownScenario) {
  console.error(`unknown scenario "${unknownScenario}"; known: ${SCENARIOS.join(', ')}`);
  process.exit(2);
}
const wanted = (scenario) => !only || only.includes(scenario);


/** One row of the table. `aim(row)` says whether the figure meets its aim; `aimText` prints it. */
const rows = [];
function report(row) {
  rows.push(row);
  log(`${row.scenario}: ${fmt(row.median, row.unit)}${row.ratio !== undefined ? ` (ratio ${row.ratio.toFixed(2)})` : ''}`);
}

function fmt(x, unit) {
  if (x === undefined || Number.isNaN(x)) return '—';
  if (unit === 'kB') return `${x.toFixed(1)} kB`;
  if (unit === '%') return `${x.toFixed(1)} %`;
  if (unit === 'ms') return `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;
  return `${Math.round(x * 100) / 100}${unit ? ` ${unit}` : ''}`;
}

// ── 1. Bundle size ────────────────────────────────────────────────────────────────────────────
function bundleSize() {
  const dist = resolve(root, distDir);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''));
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only (`import x from"./a.js"`, `import"./a.js"`, `export … from"./a.js"`), not import().
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(join(dirname(file), m[1]));
  }
  let raw = 0;
  let gz = 0;
  for (const file of seen) {
    const buf = readFileSync(join(dist, file));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  const worker = readdirSync(join(dist, 'assets')).find((f) => /^elk\.worker-.*\.js$/.test(f));
  const wbuf = worker ? readFileSync(join(dist, 'assets', worker)) : Buffer.alloc(0);
  report({ scenario: `Initial JS (${seen.size} chunks), gzip`, median: gz / 1024, unit: 'kB', detail: `raw ${(raw / 1024).toFixed(1)} kB`, aimText: '≤ 200 kB gzip', met: gz / 1024 <= 200 });
  report({ scenario: 'ELK worker chunk (lazy), gzip', median: wbuf.length ? gzipSync(wbuf, { level: 9 }).length / 1024 : NaN, unit: 'kB', detail: `raw ${(wbuf.length / 1024).toFixed(1)} kB`, aimText: 'not in the initial load', met: worker ? !seen.has(`assets/${worker}`) : false });
}

// ── 2. Lint in Node ───────────────────────────────────────────────────────────────────────────
async function lintBench() {
  const unregister = register();
  try {
    const { run } = await import('./lint-bench.ts');
    const rows = run(quick);
    for (const r of rows) {
      report({
        scenario: `Lint ${r.nodes.toLocaleString('en-US')} nodes / ${r.edges.toLocaleString('en-US')} edges (${r.findings} findings)`,
        median: r.lintMedianMs,
        min: r.lintMinMs,
        max: r.lintMaxMs,
        baseline: r.baselineMedianMs,
        ratio: r.ratio,
        unit: 'ms',
        aimText: r.nodes <= 1000 ? '≤ 16 ms' : '—',
        met: r.nodes <= 1000 ? r.lintMedianMs <= 16 : undefined,
        baselineNote: 'graph build + edge walk',
      });
    }
    for (const r of rows) {
      report({
        scenario: `  … lint after a prop edit (incremental), ${r.nodes.toLocaleString('en-US')} nodes`,
        median: r.incrementalMedianMs,
        min: r.incrementalMinMs,
        max: r.incrementalMaxMs,
        baseline: r.lintMedianMs,
        ratio: r.incrementalMedianMs / r.lintMedianMs,
        unit: 'ms',
        aimText: r.nodes <= 1000 ? '≤ 16 ms' : '—',
        met: r.nodes <= 1000 ? r.incrementalMedianMs <= 16 : undefined,
        baselineNote: 'full lint, same design',
      });
    }
    // Near-linear means ~10× the time for 10× the nodes; the ratio of time per node says how far off.
    const small = rows.find((r) => r.nodes === 1000);
    const large = rows.find((r) => r.nodes === 10_000);
    if (small && large) {
      const growth = (large.lintMedianMs / large.nodes) / (small.lintMedianMs / small.nodes);
      report({ scenario: `  … lint growth 1,000 → 10,000 nodes: time per node, 10k / 1k`, median: growth, unit: '×', aimText: '≈ 1 (near-linear); 10k ≤ 50 ms', met: growth <= 1.5 && large.lintMedianMs <= 50 });
    }
  } finally {
    await unregister?.();
  }
}

// ── 3. Browser ────────────────────────────────────────────────────────────────────────────────
/** The production build in dist/, served for the browser scenarios. */
const startPreview = () => preview(distDir, '/bench.html');

async function withPage(browser, url, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.firstRender !== undefined, null, { timeout: 120_000 });
    const result = await fn(page);
    if (errors.length) throw new Error(`bench page error: ${errors[0]}`);
    return result;
  } finally {
    await context.close();
  }
}

/** Runs `measure` on the bare page and the app page alternately (B, A, B, A…), a fresh context each. */
async function alternate(browser, base, query, pairs, measure) {
  const bare = [];
  const app = [];
  for (let i = 0; i < pairs; i++) {
    bare.push(await withPage(browser, `${base}/bench.html?mode=bare&${query}`, measure));
    app.push(await withPage(browser, `${base}/bench.html?mode=app&${query}`, measure));
  }
  return { bare, app };
}

async function panFrames(page) {
  const start = await page.evaluate(() => window.__bench.emptyPanePoint());
  if (!start) throw new Error('no empty spot on the pane to pan from');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => window.__bench.startFrames());
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < 2000; i++) {
    // Back and forth, so the design stays on screen.
    const phase = (i % 60) / 60;
    const dx = Math.sin(phase * 2 * Math.PI) * 200;
    const dy = Math.cos(phase * 2 * Math.PI) * 80 - 80;
    await page.mouse.move(start.x + dx, start.y + dy);
  }
  await page.mouse.up();
  const deltas = await page.evaluate(() => window.__bench.stopFrames());
  return median(deltas.slice(1));
}

async function dragNode(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const script = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  let at = await page.evaluate(() => window.__bench.nodePoint());
  if (!at) {
    // A large design opens at the readable minimum zoom, centred on its middle, which can be empty:
    // pan the nearest card to the middle of the view first (the pan is not timed).
    const near = await page.evaluate(() => {
      const mid = { x: innerWidth / 2, y: innerHeight / 2 };
      const centres = [...document.querySelectorAll('.react-flow__node')].map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
      centres.sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y));
      return { mid, card: centres[0] };
    });
    if (near.card) {
      await page.mouse.move(near.mid.x, near.mid.y);
      await page.mouse.down();
      await page.mouse.move(near.mid.x - (near.card.x - near.mid.x), near.mid.y - (near.card.y - near.mid.y), { steps: 10 });
      await page.mouse.up();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
      at = await page.evaluate(() => window.__bench.nodePoint());
    }
  }
  if (!at) throw new Error('no card fully on screen to drag');
  const lintBefore = await page.evaluate(() => window.__bench.lintRuns());
  const rendersBefore = await page.evaluate(() => window.__bench.nodeRenders());
  const before = await script();
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(at.x + i * 6, at.y + i * 3);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
  await page.mouse.up();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const after = await script();
  const lintRuns = (await page.evaluate(() => window.__bench.lintRuns())) - lintBefore;
  const nodeRenders = (await page.evaluate(() => window.__bench.nodeRenders())) - rendersBefore;
  await cdp.detach();
  return { scriptMs: (after - before) * 1000, lintRuns, nodeRenders };
}

async function heapGrowth(page, cycles) {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Warm up once so lazily created caches are not counted as growth.
  await page.evaluate((n) => window.__bench.editUndoCycles(n), 2);
  const before = await heap();
  await page.evaluate((n) => window.__bench.editUndoCycles(n), cycles);
  const after = await heap();
  await cdp.detach();
  return { before, after, growth: ((after - before) / before) * 100 };
}

function minmax(xs) {
  return { min: Math.min(...xs), max: Math.max(...xs) };
}

async function browserBench() {
  const { url, stop } = await startPreview();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const version = browser.version();
  try {
    // First render
    if (wanted('first-render')) {
      const n = quick ? 50 : 200;
      const { bare, app } = await alternate(browser, url, `n=${n}`, quick ? 1 : 7, (page) => page.evaluate(() => window.__bench.firstRender));
      report({ scenario: `First render, ${n} nodes`, median: median(app), ...minmax(app), baseline: median(bare), ratio: median(app) / median(bare), unit: 'ms', aimText: 'ratio ≤ 1.3', met: median(app) / median(bare) <= 1.3 });
    }
    // Panning
    for (const [n, pairs, aimMs, aimRatio] of !wanted('pan') ? [] : quick ? [[100, 1, 16.7, 1.2]] : [[500, 5, 16.7, 1.2], [2000, 3, 33, 1.3]]) {
      const { bare, app } = await alternate(browser, url, `n=${n}`, pairs, panFrames);
      const edges = Math.round(n * 1.5);
      const ratio = median(app) / median(bare);
      report({ scenario: `Pan 2 s, ${n} nodes / ~${edges} edges: median frame`, median: median(app), ...minmax(app), baseline: median(bare), ratio, unit: 'ms', aimText: `≤ ${aimMs} ms, ratio ≤ ${aimRatio}`, met: median(app) <= aimMs + 0.05 && ratio <= aimRatio + 1e-9 });
    }
    // Dragging one node
    if (wanted('drag')) {
      const n = quick ? 100 : 500;
      const { bare, app } = await alternate(browser, url, `n=${n}`, quick ? 1 : 5, dragNode);
      const appMs = app.map((r) => r.scriptMs);
      const bareMs = bare.map((r) => r.scriptMs);
      const ratio = median(appMs) / median(bareMs);
      // Re-rendered components are counted on separate pages: the counter's fiber walk costs script time.
      const counted = await alternate(browser, url, `n=${n}&renders=1`, 1, dragNode);
      const lintRuns = Math.max(...app.map((r) => r.lintRuns), ...counted.app.map((r) => r.lintRuns));
      const renders = median(counted.app.map((r) => r.nodeRenders));
      report({ scenario: `Drag 1 node 20 frames, ${n} nodes: script time`, median: median(appMs), ...minmax(appMs), baseline: median(bareMs), ratio, unit: 'ms', aimText: 'ratio ≤ 1.3', met: ratio <= 1.3 });
      report({ scenario: '  … lint runs during the drag', median: lintRuns, unit: '', aimText: '0', met: lintRuns === 0 });
      report({ scenario: '  … node components re-rendered (20 frames)', median: renders, baseline: median(counted.bare.map((r) => r.nodeRenders)), ratio: renders / median(counted.bare.map((r) => r.nodeRenders)), unit: '', aimText: '≈ 20 (the dragged card)', met: renders <= 40 });
    }
    // Property edit → findings
    if (wanted('edit')) {
      const n = quick ? 100 : 1000;
      const samples = [];
      for (let run = 0; run < (quick ? 1 : 3); run++)
        samples.push(
          ...(await withPage(browser, `${url}/bench.html?mode=app&findings=1&n=${n}`, async (page) => {
            const out = [];
            for (let i = 0; i < (quick ? 3 : 11); i++) out.push(await page.evaluate(() => window.__bench.editToFindings()));
            return out.slice(1);
          })),
        );
      report({ scenario: `Property edit → findings panel, ${n} nodes`, median: median(samples), ...minmax(samples), unit: 'ms', aimText: '≤ 16 ms', met: median(samples) <= 16 });
      const onCard = [];
      // Builds from before the input-path figure existed have no editToCard: measure them for the findings row only.
      for (let run = 0; run < (quick ? 1 : 3); run++)
        onCard.push(
          ...(await withPage(browser, `${url}/bench.html?mode=app&findings=1&n=${n}`, async (page) => {
            const out = [];
            if (!(await page.evaluate(() => typeof window.__bench.editToCard === 'function'))) return out;
            for (let i = 0; i < (quick ? 3 : 11); i++) out.push(await page.evaluate(() => window.__bench.editToCard()));
            return out.slice(1);
          })),
        );
      // A room member's edit: their Yjs update applied to this page's room doc, until the findings show it.
      const remote = [];
      for (let run = 0; run < (quick ? 1 : 3); run++)
        remote.push(
          ...(await withPage(browser, `${url}/bench.html?mode=app&findings=1&n=${n}`, async (page) => {
            const out = [];
            if (!(await page.evaluate(() => typeof window.__bench.remoteEditToFindings === 'function'))) return out;
            for (let i = 0; i < (quick ? 3 : 11); i++) out.push(await page.evaluate(() => window.__bench.remoteEditToFindings()));
            return out.slice(1);
          })),
        );
      if (remote.length)
        report({ scenario: `Remote change from a room applied → canvas and findings, ${n}-node design`, median: median(remote), ...minmax(remote), baseline: median(samples), ratio: median(remote) / median(samples), baselineNote: 'the same edit made locally', unit: 'ms', aimText: '≤ 16 ms', met: median(remote) <= 16 });
      if (onCard.length) report({ scenario: `  … property edit → the card shows it (input path), ${n} nodes`, median: median(onCard), ...minmax(onCard), unit: 'ms', aimText: '≤ 16 ms', met: median(onCard) <= 16 });
    }
    // Memory
    if (wanted('heap')) {
      const n = quick ? 100 : 2000;
      const cycles = quick ? 5 : 50;
      const results = [];
      for (let run = 0; run < (quick ? 1 : 3); run++) results.push(await withPage(browser, `${url}/bench.html?mode=app&n=${n}`, (page) => heapGrowth(page, cycles)));
      const growth = results.map((r) => r.growth);
      report({ scenario: `Heap growth after ${cycles} edit/undo cycles, ${n} nodes`, median: median(growth), ...minmax(growth), unit: '%', detail: `heap ${(median(results.map((r) => r.after)) / 1048576).toFixed(1)} MB`, aimText: '≤ 10 %', met: median(growth) <= 10 });
    }
  } finally {
    await browser.close();
    stop();
  }
  return version;
}

// ── Table ─────────────────────────────────────────────────────────────────────────────────────
function table() {
  const head = ['Scenario', 'Median', 'Min–max', 'Baseline median', 'Ratio', 'Aim', 'Met'];
  const body = rows.map((r) => [
    r.scenario,
    fmt(r.median, r.unit) + (r.detail ? ` (${r.detail})` : ''),
    r.min !== undefined ? `${fmt(r.min, r.unit)} – ${fmt(r.max, r.unit)}` : '—',
    r.baseline !== undefined ? fmt(r.baseline, r.unit) + (r.baselineNote ? ` (${r.baselineNote})` : '') : '—',
    r.ratio !== undefined && Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : '—',
    r.aimText ?? '—',
    r.met === undefined ? '—' : r.met ? 'met' : 'NOT MET',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

if (!skipBuild) {
  log(`building (vite build) into ${distDir}…`);
  const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (wanted('bundle')) bundleSize();
if (wanted('lint')) await lintBench();
const chromiumVersion = ['first-render', 'pan', 'drag', 'edit', 'heap'].some(wanted) ? await browserBench() : undefined;
// Tidy-up layout and PNG export, driven through the app's UI (bench/layout-export-bench.mjs).
if (wanted('layout')) {
  const { run: layoutExportBench } = await import('./layout-export-bench.mjs');
  const { url, stop } = await startPreview();
  try {
    for (const r of await layoutExportBench({ quick, url })) report({ ...r, baseline: r.baselineMedian, baselineNote: r.baselineMedian !== undefined ? 'Node, no worker' : undefined, aimText: r.aim });
  } finally {
    stop();
  }
}
// Snapshot view of a 50-card canvas, through the app's dialog (bench/snapshot-bench.mjs).
if (wanted('snapshot')) {
  const { run: snapshotBench } = await import('./snapshot-bench.mjs');
  const { url, stop } = await startPreview();
  try {
    for (const r of await snapshotBench({ quick, url })) report({ ...r, aimText: r.aim, met: r.median <= 1000 });
  } finally {
    stop();
  }
}

const out = table();
console.log(out);
const cpus = os.cpus();
const machine = `${os.type()} ${os.release()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`;
if (!quick && !only) {
  const md = [
    '# Benchmark results',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Chromium: ${chromiumVersion} (headless, 1280×720)`,
    `- Machine: ${machine}`,
    `- Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}`,
    '',
    'Produced by `npm run bench`. Browser scenarios alternate a bare React Flow page (baseline) and the',
    "app's canvas with its store and linter, a fresh browser context each; ratio = app median / baseline median.",
    '',
    out,
    '',
  ].join('\n');
  // The rooms section belongs to `npm run bench:rooms`: keep it.
  const previous = existsSync(join(root, 'bench/results.md')) ? readFileSync(join(root, 'bench/results.md'), 'utf8') : '';
  const rooms = previous.match(/<!-- rooms-bench:start -->[\s\S]*<!-- rooms-bench:end -->\n?/)?.[0];
  writeFileSync(join(root, 'bench/results.md'), rooms ? `${md}\n${rooms}` : md);
  log('wrote bench/results.md');
} else log(`${quick ? 'quick' : 'partial'} run on ${machine}, Chromium ${chromiumVersion ?? '—'}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}: figures are not kept`);
