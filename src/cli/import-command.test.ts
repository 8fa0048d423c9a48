import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign } from '../core/document';
import { toMermaid } from '../core/export';
import type { Design } from '../core/document/types';
import { builtCli, root, type Run } from './testing';

let cli: Awaited<ReturnType<typeof builtCli>>;
beforeAll(async () => {
  cli = await builtCli();
}, 60_000);

// Front matter and comments, as Mermaid allows them, are read past.
const DIAGRAM = `---
title: Feed ranking
---
%% drawn in the team wiki
flowchart LR
  app(["Mobile app"]) ==> gw[API gateway]
  gw ==> rank["XGBoost ranker"]
  fs[(Feature Store)] -->|"user features"| rank
  rank -.-> plog[(Prediction log)]
  bus[/Kafka/] --> fs
  idx{{FAISS}} --> rank
  tower[Two-tower] --> idx
`;

function design(text: string): Design {
  const r = parseDesign(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

describe('mlsd import', { timeout: 60_000 }, () => {
  it('reads a Mermaid flowchart: kinds by label and alias, flows by arrow style, edge labels, an ELK layout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-import-'));
    writeFileSync(join(dir, 'diagram.mmd'), DIAGRAM);
    const r = await cli(['import', 'diagram.mmd', '-o', 'design.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = design(readFileSync(join(dir, 'design.json'), 'utf8'));
    expect(Object.fromEntries(d.nodes.map((n) => [n.id, n.kind]))).toEqual({
      app: 'client-request',
      gw: 'api-gateway',
      rank: 'light-ranker',
      fs: 'feature-store',
      plog: 'prediction-log',
      bus: 'stream-bus',
      idx: 'ann-index',
      tower: 'embedding-model',
    });
    const flow = (s: string, t: string) => d.edges.find((e) => e.source === s && e.target === t);
    expect(flow('app', 'gw')?.flow).toBe('request');
    expect(flow('rank', 'plog')?.flow).toBe('feedback');
    expect(flow('fs', 'rank')).toMatchObject({ flow: 'request', label: 'user features' });
    expect(flow('bus', 'fs')?.flow).toBe('data');
    expect(d.nodes.every((n) => n.position && Number.isFinite(n.position.x))).toBe(true);
    expect(new Set(d.nodes.map((n) => `${n.position!.x},${n.position!.y}`)).size).toBe(d.nodes.length);
    const lint = await cli(['lint', 'design.json'], dir);
    expect(lint.code).toBeLessThan(2);
  });

  it('lists the nodes it cannot match with the closest kinds, and takes --unknown-kind for them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-import-'));
    writeFileSync(join(dir, 'd.mmd'), 'flowchart LR\n  a[Feature stor] --> b[Quantum flux] --> c[Trainer]\n');
    const refused = await cli(['import', 'd.mmd'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('no kind matches these 2 nodes');
    expect(refused.stderr).toMatch(/^ {2}a "Feature stor": closest kinds feature-store/m);
    expect(refused.stderr).toMatch(/^ {2}b "Quantum flux": closest kinds /m);
    const lenient = await cli(['import', 'd.mmd', '--unknown-kind', 'batch-processor'], dir);
    expect(lenient.code).toBe(0);
    expect(design(lenient.stdout).nodes.map((n) => n.kind)).toEqual(['batch-processor', 'batch-processor', 'trainer']);
    const typo = await cli(['import', 'd.mmd', '--unknown-kind', 'batch-procesor'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "batch-processor"?');
  });

  it('refuses what is not a flowchart, or what Mermaid cannot parse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-import-'));
    writeFileSync(join(dir, 'seq.mmd'), 'sequenceDiagram\n  A->>B: hi\n');
    writeFileSync(join(dir, 'broken.mmd'), 'flowchart LR\n  a["unclosed --> b\n');
    const [seq, broken] = await Promise.all([cli(['import', 'seq.mmd'], dir), cli(['import', 'broken.mmd'], dir)]);
    expect(seq.code).toBe(2);
    expect(seq.stderr).toContain('seq.mmd: not a Mermaid flowchart');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.mmd: Mermaid cannot parse it');
  });

  it('imports every template exported to Mermaid back with the same kinds, edges and request/feedback flows', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-roundtrip-'));
    const ids = readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(ids.length).toBeGreaterThanOrEqual(12);
    // The export is the serializer `mlsd export --format mermaid` prints (its own tests spawn it).
    for (const id of ids) writeFileSync(join(dir, `${id}.mmd`), toMermaid(design(readFileSync(join(root, 'templates', `${id}.json`), 'utf8'))));
    const roundTrip = async (id: string): Promise<[string, Run]> => [id, await cli(['import', `${id}.mmd`, '-o', `${id}.json`], dir)];
    const results: [string, Run][] = [];
    for (let i = 0; i < ids.length; i += 3) results.push(...(await Promise.all(ids.slice(i, i + 3).map(roundTrip))));
    for (const [id, r] of results) {
      expect(r.stderr, id).toBe('');
      const original = design(readFileSync(join(root, 'templates', `${id}.json`), 'utf8'));
      const back = design(readFileSync(join(dir, `${id}.json`), 'utf8'));
      const kinds = (d: Design) => d.nodes.map((n) => `${n.id.replace(/[^A-Za-z0-9_]/g, '_')}:${n.kind}`).sort();
      expect(kinds(back), id).toEqual(kinds(original));
      const ends = (d: Design) => d.edges.map((e) => `${e.source}>${e.target}`.replace(/[^A-Za-z0-9_>]/g, '_')).sort();
      expect(ends(back), id).toEqual(ends(original));
      // ==> and -.-> carry request and feedback exactly; --> gets the reader's default flow.
      const marked = (d: Design) => d.edges.filter((e) => e.flow !== 'data').map((e) => `${e.source}>${e.target}:${e.flow}`);
      expect(marked(original).filter((e) => !marked(back).includes(e)), id).toEqual([]);
    }
  });
});
