import { describe, expect, it } from 'vitest';
import { KIND_ALIASES, KINDS } from '../catalog';
import { decodeMermaidText, designFromFlowchart, matchKind, normalize } from './mermaid';
import { isFlowchartText, withoutMermaidPreamble } from './sniff';

describe('matchKind', () => {
  it.each([
    ['Feature Store', 'feature-store'],
    ['Kafka', 'stream-bus'],
    ['FAISS', 'ann-index'],
    ['Two-tower', 'embedding-model'],
    ['XGBoost ranker', 'light-ranker'],
    ['Kafka topic', 'stream-bus'],
    ['Redis cache', 'cache'],
    ['Redis', 'result-store'],
    ['content embedding model', 'embedding-model'],
    ['heavy-ranker', 'heavy-ranker'],
    ['Elasticsearch (BM25)', 'lexical-index'],
    ['A/B test', 'experiment-service'],
  ])('%s → %s', (text, kind) => {
    expect(matchKind(text)).toBe(kind);
  });

  it('falls back to the node id, and gives up on text that names no kind', () => {
    expect(matchKind('Blue box', 'faiss_index')).toBe('ann-index');
    expect(matchKind('Quantum flux capacitor', 'qfc')).toBeUndefined();
  });

  it('has aliases that each name one kind and never another kind\'s id or label', () => {
    const owner = new Map<string, string>();
    for (const k of KINDS) for (const name of [k.id, k.label]) owner.set(normalize(name), k.id);
    const clashes: string[] = [];
    for (const [kind, aliases] of Object.entries(KIND_ALIASES)) {
      expect(KINDS.map((k) => k.id)).toContain(kind);
      for (const alias of aliases) {
        const taken = owner.get(normalize(alias));
        if (taken && taken !== kind) clashes.push(`${alias}: ${kind} and ${taken}`);
        owner.set(normalize(alias), kind);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('designFromFlowchart', () => {
  it('reads kinds, labels, flows from arrow styles and edge labels', () => {
    const result = designFromFlowchart({
      vertices: [
        { id: 'app', text: 'Mobile app' },
        { id: 'rank', text: 'XGBoost ranker' },
        { id: 'log', text: 'Prediction log' },
        { id: 'n_x', text: 'Ranker #quot;v2#quot;<br/><i>Heavy ranker</i>' },
      ],
      edges: [
        { start: 'app', end: 'rank', stroke: 'thick', text: '' },
        { start: 'rank', end: 'log', stroke: 'dotted', text: 'scores' },
        { start: 'rank', end: 'n_x', stroke: 'normal', text: '' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.nodes).toEqual([
      { id: 'app', kind: 'client-request', label: 'Mobile app', props: {} },
      { id: 'rank', kind: 'light-ranker', label: 'XGBoost ranker', props: {} },
      { id: 'log', kind: 'prediction-log', props: {} },
      { id: 'n_x', kind: 'heavy-ranker', label: 'Ranker "v2"', props: {} },
    ]);
    expect(result.doc.edges).toEqual([
      { source: 'app', target: 'rank', flow: 'request' },
      { source: 'rank', target: 'log', flow: 'feedback', label: 'scores' },
      { source: 'rank', target: 'n_x' },
    ]);
  });

  it('lists the nodes no kind matches with the closest kinds, unless told what they become', () => {
    const chart = { vertices: [{ id: 'a', text: 'Feature stor' }, { id: 'b', text: 'Quantum flux' }], edges: [] };
    const result = designFromFlowchart(chart);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.unmatched.map((u) => u.id)).toEqual(['a', 'b']);
    expect(result.unmatched[0].closest[0]).toBe('feature-store');
    const lenient = designFromFlowchart(chart, { unknownKind: 'batch-processor' });
    expect(lenient.ok && (lenient.doc.nodes as { kind: string }[]).map((n) => n.kind)).toEqual(['batch-processor', 'batch-processor']);
  });

  it('takes the kinds a person picked, by diagram node id, before any matching', () => {
    const chart = { vertices: [{ id: 'a', text: 'Quantum flux' }, { id: 'b', text: 'Kafka' }], edges: [{ start: 'a', end: 'b', stroke: 'normal', text: '' }] };
    const picked = designFromFlowchart(chart, { kinds: { a: 'batch-processor' } });
    expect(picked.ok && picked.doc.nodes).toEqual([
      { id: 'a', kind: 'batch-processor', label: 'Quantum flux', props: {} },
      { id: 'b', kind: 'stream-bus', label: 'Kafka', props: {} },
    ]);
    expect(designFromFlowchart(chart, { kinds: { b: 'batch-processor' } }).ok).toBe(false);
  });

  it('knows a flowchart by its header, past blank lines and %% comments', () => {
    expect(isFlowchartText('\n%% from the wiki\nflowchart LR\n a --> b')).toBe(true);
    expect(isFlowchartText('graph TD;a-->b')).toBe(true);
    expect(isFlowchartText('---\ntitle: Feed\n---\nflowchart TB\n a --> b')).toBe(true);
    expect(isFlowchartText('sequenceDiagram\n a->>b: hi')).toBe(false);
    expect(isFlowchartText('{"format":"mlsd-studio/design"}')).toBe(false);
  });

  it('drops what Mermaid strips before parsing: front matter, comments, directives', () => {
    const text = '---\ntitle: Feed\n---\n%%{init: {"theme": "dark"}}%%\n%% from the wiki\r\nflowchart LR\n  a --> b %% not a comment line\n';
    expect(withoutMermaidPreamble(text)).toBe('flowchart LR\n  a --> b %% not a comment line\n');
  });

  it('decodes Mermaid entity codes and line breaks', () => {
    expect(decodeMermaidText('A #35;1 #40;x#41;<br/>#quot;b#quot;')).toBe('A #1 (x)\n"b"');
  });
});
