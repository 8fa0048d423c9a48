import { describe, expect, it } from 'vitest';
import { stronglyConnected } from '../graph/components';
import { Graph, RD } from '../graph/graph';
import { lint } from '../lint/engine';
import { generateDesign } from './generate';

describe('generateDesign', () => {
  it('is deterministic by seed', () => {
    expect(generateDesign(300, 7)).toEqual(generateDesign(300, 7));
    expect(generateDesign(300, 7)).not.toEqual(generateDesign(300, 8));
  });

  it('has exactly the asked nodes and about 1.5 edges per node', () => {
    for (const n of [100, 1000]) {
      const d = generateDesign(n, 3);
      expect(d.nodes.length).toBe(n);
      expect(d.edges.length / n).toBeGreaterThan(1.4);
      expect(d.edges.length / n).toBeLessThan(1.7);
    }
  });

  it('closes loops only with feedback edges, like a real design', () => {
    const graph = new Graph(generateDesign(1000, 5));
    expect(stronglyConnected(graph, RD).filter((c) => c.length > 1)).toEqual([]);
    expect(lint(generateDesign(1000, 5)).findings.some((f) => f.ruleId === 'cycle-without-feedback-edge')).toBe(false);
  });

  it('has several serving paths from client requests', () => {
    const d = generateDesign(1000, 5);
    expect(d.nodes.filter((n) => n.kind === 'client-request').length).toBeGreaterThan(10);
  });
});
