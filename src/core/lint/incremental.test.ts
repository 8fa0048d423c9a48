import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getKind, KINDS, type PropSpec, type PropValue } from '../catalog';
import { parseDesign } from '../document/restore';
import { connect, newNode, removeElements, setProp, updateNode } from '../document/edit';
import type { Design, Flow } from '../document/types';
import { generateDesign, random } from '../testing/generate';
import { lint, runRules } from './engine';
import { diffDesigns, IncrementalLinter } from './incremental';
import { RULES } from './rules';
import type { Rule } from './types';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const templates = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const read = parseDesign(readFileSync(templatesDir + f, 'utf8'));
    if (!read.ok) throw new Error(`template ${f} does not load: ${read.errors.map((e) => e.message).join('; ')}`);
    return { name: f, design: read.design };
  });

const FLOWS: Flow[] = ['request', 'data', 'feedback'];
/** Replays lint hundreds of designs: on a shared, loaded machine that takes far longer than vitest's default 5 s. */
const REPLAY_TIMEOUT_MS = 120_000;
const READ = new Set(RULES.flatMap((r) => r.meta.reads.props));

function randomValue(spec: PropSpec, rnd: () => number): PropValue | undefined {
  if (rnd() < 0.15) return undefined;
  switch (spec.type) {
    case 'number':
      return [0, 1, 5, 24, 48, 200, 1000, 20_000, 5_000_000][Math.floor(rnd() * 9)];
    case 'boolean':
      return rnd() < 0.5;
    case 'enum':
      return spec.options[Math.floor(rnd() * spec.options.length)];
    case 'list':
      return spec.options.filter(() => rnd() < 0.5);
    case 'string':
      return rnd() < 0.5 ? '' : 'note';
  }
}

/** One random edit of the kinds the editor makes; prop edits are the most common, as in use. */
function randomEdit(d: Design, rnd: () => number, step: number): Design {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const roll = rnd();
  const node = d.nodes.length ? pick(d.nodes) : undefined;
  if (node && roll < 0.55) {
    // Mostly props some rule reads: an edit of a prop no rule reads cannot go wrong.
    const all = Object.entries(getKind(node.kind)?.props ?? {});
    const read = all.filter(([name]) => READ.has(name));
    const specs = read.length && rnd() < 0.8 ? read : all;
    if (specs.length === 0) return d;
    const [name, spec] = pick(specs);
    return setProp(d, node.id, name, randomValue(spec, rnd));
  }
  if (node && roll < 0.62) return updateNode(d, node.id, { label: rnd() < 0.3 ? undefined : `Edited ${step}` });
  if (node && roll < 0.65) return updateNode(d, node.id, { position: { x: step, y: -step } });
  if (roll < 0.75) {
    const added = newNode(pick(KINDS).id, { x: 0, y: 0 }, new Set(d.nodes.map((n) => n.id)));
    const withNode = { ...d, nodes: [...d.nodes, added] };
    return node ? connect(withNode, node.id, added.id, pick(FLOWS)).design : withNode;
  }
  if (node && roll < 0.82) return removeElements(d, new Set([node.id]), new Set());
  if (node && roll < 0.92) return connect(d, node.id, pick(d.nodes).id, pick(FLOWS)).design;
  if (d.edges.length) return removeElements(d, new Set(), new Set([pick(d.edges).id]));
  return d;
}

/** Replays `steps` random edits; after each one the incremental result must equal a full lint. */
function replay(start: Design, seed: number, steps: number, rules: readonly Rule[] = RULES) {
  const rnd = random(seed);
  const linter = new IncrementalLinter(rules);
  let d = start;
  let reused = 0;
  expect(linter.lint(d)).toEqual(lint(d, { rules }));
  for (let step = 0; step < steps; step++) {
    d = randomEdit(d, rnd, step);
    const incremental = linter.lint(d);
    expect(incremental, `seed ${seed}, step ${step}`).toEqual(lint(d, { rules }));
    if (linter.rulesRun < rules.length) reused++;
  }
  return { reused };
}

describe('incremental lint', () => {
  it('finds the templates to replay edits on', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
  });

  it.each(templates.map((t) => [t.name, t.design] as const))('equals a full lint after every random edit of %s', (name, design) => {
    for (const seed of [1, 2, 3]) {
      const { reused } = replay(design, seed * 7919 + name.length, 60);
      // Most edits are prop edits, which re-run a few rules: the cache is really used.
      expect(reused).toBeGreaterThan(10);
    }
  }, REPLAY_TIMEOUT_MS);

  it.each([
    [150, 11],
    [400, 12],
  ])('equals a full lint after every random edit of a generated %i-node design', (size, seed) => {
    replay(generateDesign(size, seed), seed, 80);
  }, REPLAY_TIMEOUT_MS);

  it('re-runs only the rules that read an edited prop', () => {
    const design = generateDesign(200, 3);
    const linter = new IncrementalLinter();
    linter.lint(design);
    const trainer = design.nodes.find((n) => n.kind === 'trainer')!;
    const edited = setProp(design, trainer.id, 'splitStrategy', 'random');
    const result = linter.lint(edited);
    expect(linter.rulesRun).toBe(RULES.filter((r) => r.meta.reads.props.includes('splitStrategy')).length);
    expect(result.findings.some((f) => f.ruleId === 'temporal-leakage' && f.nodeIds.includes(trainer.id))).toBe(true);
    expect(result).toEqual(lint(edited));
  });

  it('re-runs nothing when only positions move, and everything after a structural edit', () => {
    const design = generateDesign(200, 4);
    const linter = new IncrementalLinter();
    linter.lint(design);
    linter.lint(updateNode(design, design.nodes[0].id, { position: { x: 5, y: 5 } }));
    expect(linter.rulesRun).toBe(0);
    linter.lint(removeElements(design, new Set(), new Set([design.edges[0].id])));
    expect(linter.rulesRun).toBe(RULES.length);
  });

  it('declares every prop a rule reads, as watched on the templates and generated designs', () => {
    const designs = [...templates.map((t) => t.design), generateDesign(300, 1), generateDesign(300, 7)];
    for (const rule of RULES) {
      const read = new Set<string>();
      const watch = (props: Record<string, PropValue>) => new Proxy(props, { get: (t, key) => (typeof key === 'string' && read.add(key), t[key as string]) });
      for (const d of designs) runRules({ ...d, nodes: d.nodes.map((n) => ({ ...n, props: watch(n.props ?? {}) })) }, [rule]);
      expect([...read].filter((p) => !rule.meta.reads.props.includes(p)), rule.meta.id).toEqual([]);
    }
  }, REPLAY_TIMEOUT_MS);

  it('is caught by the replay when a rule leaves out a prop it reads', () => {
    const leaky = RULES.map((r) => (r.meta.id === 'temporal-leakage' ? { ...r, meta: { ...r.meta, reads: { props: ['domain'] } } } : r));
    const trainerHeavy = templates.find((t) => t.design.nodes.some((n) => n.kind === 'trainer'))!.design;
    expect(() => {
      for (let seed = 1; seed <= 20; seed++) replay(trainerHeavy, seed, 60, leaky);
    }).toThrow();
  }, REPLAY_TIMEOUT_MS);
});

describe('diffDesigns', () => {
  const design = generateDesign(60, 5);
  const id = design.nodes[0].id;

  it('names the props an edit changed', () => {
    const change = diffDesigns(design, setProp(design, id, 'latencyMs', 123));
    expect(change).toEqual({ type: 'props', props: new Set(['latencyMs']), label: false });
  });

  it('sees a new label, a new edge flow and new settings', () => {
    expect(diffDesigns(design, updateNode(design, id, { label: 'Front door' }))).toMatchObject({ type: 'props', label: true });
    const edge = design.edges[0];
    const flipped = { ...design, edges: design.edges.map((e) => (e === edge ? { ...e, flow: e.flow === 'data' ? ('request' as const) : ('data' as const) } : e)) };
    expect(diffDesigns(design, flipped)).toEqual({ type: 'structure' });
    expect(diffDesigns(design, { ...design, settings: { hotQps: 5 } })).toEqual({ type: 'structure' });
  });
});
