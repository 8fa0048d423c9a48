import { nodeLabel } from '../../document/props';
import type { DesignEdge } from '../../document/types';
import { cyclicComponentsOf } from '../../graph/closure';
import { type Graph, RD } from '../../graph/graph';
import { computeFacts } from '../facts';
import { edit } from '../fixes';
import { joinPath } from '../format';
import type { Rule } from '../types';

interface Loop {
  nodeIds: string[];
  /** Request and data edges inside the component. */
  edgeIds: string[];
  /** One cycle, as node ids from its entry back to it. */
  cycle: string[];
  /** The edges that close a cycle when walking downstream from where data enters the loop. */
  closing: string[];
}

/**
 * Loops of request and data edges: strongly connected components of ≥ 2 nodes and self-loops.
 * A depth-first walk from the component's entry (a node fed from outside it) finds the edges that
 * go back upstream: marking those as feedback leaves the component acyclic.
 */
export function loops(graph: Graph): Loop[] {
  const out: Loop[] = [];
  for (const comp of cyclicComponentsOf(graph, RD)) {
    const inside = new Set(comp);
    const edges = comp.flatMap((id) => graph.outEdges(id, RD).filter((e) => inside.has(e.target)));
    if (edges.length === 0) continue;
    const order = graph.nodes.filter((n) => inside.has(n.id)).map((n) => n.id);
    const root = order.find((id) => graph.predecessors(id).some((p) => !inside.has(p))) ?? order[0];
    const { closing, cycle } = backEdges(graph, root, inside);
    out.push({ nodeIds: order, edgeIds: edges.map((e) => e.id), cycle, closing: closing.map((e) => e.id) });
  }
  return out;
}

function backEdges(graph: Graph, root: string, inside: ReadonlySet<string>): { closing: DesignEdge[]; cycle: string[] } {
  const closing: DesignEdge[] = [];
  let cycle: string[] = [];
  const done = new Set<string>();
  const onStack: string[] = [];
  const work: { id: string; edges: DesignEdge[]; i: number }[] = [];
  const enter = (id: string) => {
    onStack.push(id);
    work.push({ id, edges: graph.outEdges(id, RD).filter((e) => inside.has(e.target)), i: 0 });
  };
  enter(root);
  while (work.length) {
    const top = work[work.length - 1];
    if (top.i < top.edges.length) {
      const e = top.edges[top.i++];
      const at = onStack.indexOf(e.target);
      if (at >= 0) {
        closing.push(e);
        if (cycle.length === 0) cycle = [...onStack.slice(at), e.target];
      } else if (!done.has(e.target)) enter(e.target);
      continue;
    }
    work.pop();
    onStack.pop();
    done.add(top.id);
  }
  return { closing, cycle };
}

export const cycleWithoutFeedbackEdge: Rule = {
  meta: {
    id: 'cycle-without-feedback-edge',
    severity: 'error',
    stage: 'data',
    reads: { props: [] },
    docs: {
      description: 'A loop of request and data edges (a strongly connected component of two or more nodes, or a self-loop) with no feedback edge.',
      why: 'Data flows one way except where outputs deliberately return to training; an unmarked loop is a hidden feedback loop (TDebt) and makes the serving path and training order undefined.',
      notes:
        'One finding per component, on all its nodes and its request/data edges; the message shows one cycle. The closing edge is the one going back upstream when walking from where data enters the loop; the fix marks it (every such edge, when the component holds several cycles) as feedback.',
      ask: 'This loop: is it the feedback you intend, or does the model train on its own outputs?',
    },
    messages: { noFeedbackEdge: 'Cycle {{nodes}} has no feedback edge.' },
    placeholders: { nodes: 'one cycle of the loop, node labels joined by →' },
    fixLabel: 'Mark the closing edge as feedback',
  },
  check({ facts, report }) {
    for (const loop of loops(facts.graph)) {
      report({
        messageId: 'noFeedbackEdge',
        data: { nodes: joinPath(loop.cycle.map((id) => nodeLabel(facts.node(id)))) },
        nodeIds: loop.nodeIds,
        edgeIds: loop.edgeIds,
      });
    }
  },
  fix(design, finding) {
    const loop = loops(computeFacts(design).graph).find((l) => l.nodeIds.join() === finding.nodeIds.join());
    if (!loop) return design;
    const e = edit(design);
    for (const id of loop.closing) e.setEdge(id, { flow: 'feedback' });
    return e.done();
  },
};
