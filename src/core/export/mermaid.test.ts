// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../catalog';
import { parseDesign } from '../document';
import type { Design } from '../document/types';
import { mermaidIds, mermaidText, toMermaid } from './mermaid';

// jsdom replaces the URL global, so resolve from the file path rather than with `new URL`.
const root = resolve(fileURLToPath(import.meta.url), '../../../..') + '/';

function load(path: string): Design {
  const result = parseDesign(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.errors)}`);
  return result.design;
}
const fixture = (name: string) => load(`${root}src/core/testing/fixtures/${name}`);

/** Mermaid's own parser, the one GitHub runs: a diagram it rejects shows as an error box. */
async function parse(text: string) {
  const mermaid = (await import('mermaid')).default;
  return mermaid.parse(text);
}

const everyKind: Design = {
  format: 'mlsd-studio/design',
  version: 1,
  nodes: KINDS.map((k) => ({ id: k.id, kind: k.id, props: {} })),
  edges: KINDS.slice(1).map((k, i) => ({ id: `e${i}`, source: KINDS[i].id, target: k.id, flow: (['request', 'data', 'feedback'] as const)[i % 3], label: i % 2 ? `step ${i}` : undefined })),
};

// A missing or empty templates directory is a broken checkout, not a reason to skip: readdirSync throws.
const templates = readdirSync(`${root}templates`).filter((f) => f.endsWith('.json'));

// Mermaid's parser is heavy to load and slow on a busy machine: allow it time rather than fail spuriously.
describe('toMermaid', { timeout: 30_000 }, () => {
  it('is accepted by the real Mermaid parser for the fixtures and a design using every kind', async () => {
    for (const design of [fixture('clean.json'), fixture('with-error.json'), fixture('special-characters.json'), everyKind]) {
      for (const groupBy of ['category', 'none'] as const) {
        await expect(parse(toMermaid(design, { groupBy })), `${design.title} ${groupBy}`).resolves.toBeTruthy();
      }
    }
  });

  it('would catch a label left unescaped (the parser check has teeth)', async () => {
    await expect(parse('flowchart LR\n  n_a["Ranker "v2" [beta]"] --> n_b')).rejects.toThrow();
  });

  it('is accepted by the Mermaid parser for every template', async () => {
    expect(templates.length, 'templates to check').toBeGreaterThan(0);
    for (const file of templates) {
      await expect(parse(toMermaid(load(`${root}templates/${file}`))), file).resolves.toBeTruthy();
    }
  });

  it('is a left-to-right flowchart with the flows drawn as thick, thin and dotted arrows', () => {
    const text = toMermaid(fixture('clean.json'));
    expect(text.split('\n')[0]).toBe('flowchart LR');
    expect(text).toContain('n_ticket ==> n_gateway');
    expect(text).toContain('n_events --> n_validate');
    expect(text).toContain('n_classifier -.-> n_log');
    expect(text).toContain('n_features ==>|"lookup"| n_classifier');
  });

  it('groups nodes into one subgraph per category, named as in the palette', () => {
    const text = toMermaid(fixture('clean.json'));
    expect(text).toContain('subgraph cat_data_group["Data sources"]');
    expect(text).toContain('subgraph cat_monitoring_group["Monitoring"]');
    expect(toMermaid(fixture('clean.json'), { groupBy: 'none' })).not.toContain('subgraph');
  });

  it('draws data sources as cylinders and the client request as a stadium, coloured by category', () => {
    const text = toMermaid(fixture('clean.json'));
    expect(text).toContain('n_events[("Ticket events<br/><i>Event log</i>")]');
    expect(text).toContain('n_ticket(["New ticket<br/><i>Client request</i>"])');
    expect(text).toMatch(/classDef cat_data fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}/);
    expect(text).toMatch(/class [^\n]*n_events[^\n]* cat_data/);
  });

  it('escapes quotes, brackets, tags, ampersands, hashes and pipes in labels and keeps emoji', () => {
    const text = toMermaid(fixture('special-characters.json'));
    const ranker = text.split('\n').find((l) => l.includes('n_end('))!;
    expect(ranker).toContain('Ranker #quot;v2#quot; #91;beta#93; #lt;b#gt;#amp;#lt;/b#gt; #35;1 #124; 🚀');
    expect(text).toContain('Re-rank<br/>with policies');
    expect(text).toContain('|"~1,000 #124; top #lt;k#gt;"|');
  });

  it('keeps the quoted text free of characters that would end it early', () => {
    expect(mermaidText('a "b" c')).not.toMatch(/"/);
    expect(mermaidText('#1 & #2')).toBe('#35;1 #amp; #35;2');
    expect(mermaidText('x\r\ny')).toBe('x<br/>y');
  });
});

describe('mermaidIds', () => {
  it('makes safe, unique ids even when design ids differ only in punctuation', () => {
    const ids = mermaidIds([
      { id: 'cg-1', kind: 'cache', props: {} },
      { id: 'cg_1', kind: 'cache', props: {} },
      { id: 'cg 1', kind: 'cache', props: {} },
      { id: 'end', kind: 'cache', props: {} },
    ]);
    const values = [...ids.values()];
    expect(new Set(values).size).toBe(4);
    for (const id of values) expect(id).toMatch(/^n_[A-Za-z0-9_]+$/);
  });
});
