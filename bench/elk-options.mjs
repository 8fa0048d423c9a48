// ELK option sets compared: `node bench/elk-options.mjs [--quick] [--sets a,b] [--runs N]`.
// Lays out the 100- and 500-node benchmark designs and every template in templates/ with each
// option set, in Node (elk.bundled.js, in-process, warm), through the app's own `layoutDesign`
// (feedback edges reversed, labels, pinned nodes), and prints per set: median layout time, edge
// crossings and area of the result. The app's current options are the `current` set; every other
// set is written as the overrides it applies on top of them, naming its node placement (`before`: the options until issue 16). The totals line is what a choice is
// made by: time on the 500-node design, and crossings and area summed over every design.
// Time is the process's CPU time, not wall time: ELK runs synchronously on one thread, and on a
// shared machine CPU time stays comparable between runs while wall time follows the load.
// `--sizes 100,300` picks the generated designs' sizes. `--designs a,b` keeps only designs whose name contains one of the words; `!word` drops them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { log, median, root } from './lib.mjs';
import { tsImport } from 'tsx/esm/api';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const quick = process.argv.includes('--quick');
const runs = Number(arg('--runs') ?? (quick ? 1 : 3));

/** Overrides on top of what the app passes today (src/core/layout/elk-graph.ts). */
const NS = { 'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX' };
const LS = { 'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS' };
const BK = { 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' };
/** What the app passes below 150 nodes; the sets measured against `first-round` add it so they mean the same on every size. */
const SMALL = { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.mergeEdges': 'false', 'elk.layered.thoroughness': '7' };
export const OPTION_SETS = {
  current: {},
  /** The options until issue 16: network-simplex placement. */
  before: { ...NS, ...SMALL },
  /** The options from the first round of issue 16 until the second, for every size: linear segments with model order. */
  'first-round': { ...LS, ...SMALL },
  'simplex-order-nodes': { ...NS, 'elk.layered.considerModelOrder.strategy': 'PREFER_NODES' },
  'simplex-order-edges': { ...NS, 'elk.layered.considerModelOrder.strategy': 'PREFER_EDGES' },
  'simplex-no-order': { ...NS, 'elk.layered.considerModelOrder.strategy': 'NONE' },
  'simplex-thoroughness-3': { ...NS, 'elk.layered.thoroughness': '3' },
  'simplex-thoroughness-1': { ...NS, 'elk.layered.thoroughness': '1' },
  bk: BK,
  'bk-balanced': { ...BK, 'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED' },
  'bk-balanced-compaction': { ...BK, 'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED', 'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH' },
  'bk-not-straight': { ...BK, 'elk.layered.nodePlacement.bk.edgeStraightening': 'NONE' },
  'bk-no-order': { ...BK, 'elk.layered.considerModelOrder.strategy': 'NONE' },
  'linear-segments': LS,
  'linear-segments-order-nodes': { ...LS, 'elk.layered.considerModelOrder.strategy': 'PREFER_NODES' },
  'linear-segments-thoroughness-3': { ...LS, 'elk.layered.thoroughness': '3' },
  'linear-segments-no-order': { ...LS, 'elk.layered.considerModelOrder.strategy': 'NONE' },
  // Second round (issue 16): layering, crossing minimisation, merging, compaction and label handling.
  'ls-longest-path': { 'elk.layered.layering.strategy': 'LONGEST_PATH' },
  'ls-coffman-graham': { 'elk.layered.layering.strategy': 'COFFMAN_GRAHAM' },
  'ls-min-width': { 'elk.layered.layering.strategy': 'MIN_WIDTH' },
  'ls-greedy-off': { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' },
  'ls-greedy-one-sided': { 'elk.layered.crossingMinimization.greedySwitch.type': 'ONE_SIDED' },
  'ls-thoroughness-1': { 'elk.layered.thoroughness': '1' },
  'ls-merge-edges': { 'elk.layered.mergeEdges': 'true' },
  'ls-no-separate-components': { 'elk.separateConnectedComponents': 'false' },
  'ls-compaction-edge-length': { 'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH' },
  'ls-inline-labels': { 'elk.edgeLabels.inline': 'true' },
  'ls-order-nodes-only': { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.considerModelOrder.noModelOrder': 'false', 'elk.layered.crossingMinimization.forceNodeModelOrder': 'false' },
  'bk-balanced-no-order': { ...BK, 'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED', 'elk.layered.considerModelOrder.strategy': 'NONE' },
  'ls-no-order-merge': { 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.mergeEdges': 'true' },
  'ls-no-order-merge-thoroughness-3': { 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.mergeEdges': 'true', 'elk.layered.thoroughness': '3' },
  'ls-no-order-merge-thoroughness-1': { 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.mergeEdges': 'true', 'elk.layered.thoroughness': '1' },
  'ls-merge-thoroughness-3': { 'elk.layered.mergeEdges': 'true', 'elk.layered.thoroughness': '3' },
  'ls-order-nodes-merge-thoroughness-3': { 'elk.layered.considerModelOrder.strategy': 'PREFER_NODES', 'elk.layered.mergeEdges': 'true', 'elk.layered.thoroughness': '3' },
  'bk-balanced-merge-no-order': { ...BK, 'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED', 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.mergeEdges': 'true', 'elk.layered.thoroughness': '3' },
  'simple-placement': { 'elk.layered.nodePlacement.strategy': 'SIMPLE' },
  'simplex-merge': { ...NS, 'elk.layered.mergeEdges': 'true' },
  'simplex-no-order-thoroughness-1': { ...NS, 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.thoroughness': '1' },
};

const withOverrides = (elk, overrides) => ({
  layout: (graph) => elk.layout({ ...graph, layoutOptions: { ...graph.layoutOptions, ...overrides } }),
});

async function designs() {
  const { generateDesign } = await tsImport('../src/core/testing/generate.ts', import.meta.url);
  const { parseDesign } = await tsImport('../src/core/document/index.ts', import.meta.url);
  const out = [];
  for (const n of arg('--sizes')?.split(',').map(Number) ?? (quick ? [100] : [100, 500])) out.push({ name: `generated ${n}`, design: generateDesign(n, 11) });
  const dir = join(root, 'templates');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = parseDesign(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`templates/${file} does not parse: ${JSON.stringify(parsed.errors[0])}`);
    out.push({ name: file.replace(/\.json$/, ''), design: parsed.design });
  }
  const words = arg('--designs')?.split(',') ?? [];
  const keep = words.filter((w) => !w.startsWith('!'));
  const drop = words.filter((w) => w.startsWith('!')).map((w) => w.slice(1));
  return out.filter((d) => (!keep.length || keep.some((w) => d.name.includes(w))) && !drop.some((w) => d.name.includes(w)));
}

export async function compare(setNames = Object.keys(OPTION_SETS)) {
  const { layoutDesign } = await tsImport('../src/core/layout/index.ts', import.meta.url);
  const { layoutQuality } = await tsImport('../src/core/layout/quality.ts', import.meta.url);
  const { positionedLayout } = await tsImport('../src/core/layout/positioned.ts', import.meta.url);
  // What the user sees after Tidy up: the canvas keeps ELK's node positions only and draws every
  // edge between the card sides that face each other (facingRoute), so crossings are counted there too.
  const drawn = (design, layout) => layoutQuality(positionedLayout({
    nodes: design.nodes.map((n) => ({ ...n, position: { x: Math.round(layout.nodes[n.id].x), y: Math.round(layout.nodes[n.id].y) } })),
    edges: design.edges,
  }));
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  const elk = new ELK();
  const all = await designs();
  const unknown = setNames.filter((s) => !OPTION_SETS[s]);
  if (unknown.length) throw new Error(`unknown option set "${unknown[0]}"; known: ${Object.keys(OPTION_SETS).join(', ')}`);
  const results = [];
  for (const set of setNames) {
    const overrides = OPTION_SETS[set];
    const laidOut = withOverrides(elk, overrides);
    for (const { name, design } of all) {
      // Warm-up once per design (ELK's code is shared by every set, so the JIT is warm after that).
      let layout = set === setNames[0] || runs === 0 ? await layoutDesign(design, laidOut, { direction: 'RIGHT' }) : undefined;
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t = process.cpuUsage();
        layout = await layoutDesign(design, laidOut, { direction: 'RIGHT' });
        const used = process.cpuUsage(t);
        times.push((used.user + used.system) / 1000);
      }
      results.push({ set, design: name, ms: median(times), ...layoutQuality(layout), drawnCrossings: drawn(design, layout).crossings });
    }
    const mine = results.filter((r) => r.set === set);
    log(`${set}: ${mine.map((r) => `${r.design} ${Math.round(r.ms)} ms`).slice(0, 2).join(', ')}`);
  }
  return results;
}

function pad(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`).join('\n');
}

const results = await compare(arg('--sets')?.split(',') ?? Object.keys(OPTION_SETS));
const sets = [...new Set(results.map((r) => r.set))];
const names = [...new Set(results.map((r) => r.design))];
const kArea = (a) => `${(a / 1e6).toFixed(2)} M`;
console.log('\nPer design: CPU time (ms) / crossings (ELK routes) / crossings (as drawn) / area (million px²)\n');
console.log(pad([['design', ...sets], ...names.map((d) => [d, ...sets.map((s) => {
  const r = results.find((x) => x.set === s && x.design === d);
  return `${Math.round(r.ms)} / ${r.crossings} / ${r.drawnCrossings} / ${kArea(r.area)}`;
})])]));
console.log('\nTotals (choose by these)\n');
const big = names.find((n) => n === 'generated 500') ?? names[0];
console.log(pad([
  ['set', `time ${big}`, `crossings ${big}`, `drawn crossings ${big}`, `area ${big}`, 'crossings, templates', 'drawn crossings, templates', 'area, templates', 'templates worse than current (crossings or area)'],
  ...sets.map((s) => {
    const mine = results.filter((r) => r.set === s);
    const templ = mine.filter((r) => !r.design.startsWith('generated'));
    const b = mine.find((r) => r.design === big);
    const worse = templ.filter((r) => {
      const cur = results.find((x) => x.set === 'current' && x.design === r.design);
      return cur && (r.crossings > cur.crossings || r.area > cur.area * 1.0001);
    }).length;
    return [s, `${Math.round(b.ms)} ms`, b.crossings, b.drawnCrossings, kArea(b.area), templ.reduce((a, r) => a + r.crossings, 0), templ.reduce((a, r) => a + r.drawnCrossings, 0), kArea(templ.reduce((a, r) => a + r.area, 0)), results.some((x) => x.set === 'current') ? worse : '—'];
  }),
]));
