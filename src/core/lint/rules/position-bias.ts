import { boolProp, nodeLabel, strProp } from '../../document/props';
import type { Design } from '../../document/types';
import { ANY } from '../../graph/graph';
import { type Fact, type LintFacts, RANKERS, RETRIEVERS, computeFacts } from '../facts';
import { BELOW, edit } from '../fixes';
import type { Rule } from '../types';
import { reachMask, type NodeSet } from '../../graph/reach';

/** Nodes with an ancestor prediction-log that records positions: what any correction needs. */
const positionLogged: Fact<NodeSet> = (f) => f.downstreamOf((n) => n.kind === 'prediction-log' && boolProp(n, 'logPosition'));

const RANKED_LIST_DOMAINS = new Set(['ranking', 'search', 'recommendation', 'ads']);

/** Nodes of serving paths that show a ranked list: paths containing a ranker, re-ranker or retriever. */
function rankedPathNodes(facts: LintFacts): Set<string> {
  const nodes = new Set<string>();
  for (const path of facts.servingPaths.values()) {
    const ranked = [...path].some((id) => {
      const kind = facts.node(id).kind;
      return RANKERS.has(kind) || RETRIEVERS.has(kind) || kind === 'reranker';
    });
    if (ranked) for (const id of path) nodes.add(id);
  }
  return nodes;
}

/** The click logs of a trainer: event-log or prediction-log ancestors written by a ranked serving path. */
function clickLogs(facts: LintFacts, trainer: string, ranked: ReadonlySet<string>): { log: string; writer: string }[] {
  const out: { log: string; writer: string }[] = [];
  for (const id of facts.graph.ancestors(trainer)) {
    const kind = facts.node(id).kind;
    if (kind !== 'event-log' && kind !== 'prediction-log') continue;
    const writer = facts.graph.predecessors(id).find((p) => ranked.has(p));
    if (writer) out.push({ log: id, writer });
  }
  return out;
}

const positionLogs = (facts: LintFacts, trainer: string) =>
  [...facts.graph.ancestors(trainer)].filter((id) => facts.node(id).kind === 'prediction-log');

export const positionBias: Rule = {
  meta: {
    id: 'position-bias',
    severity: 'warning',
    stage: 'training',
    reads: { props: ['domain', 'logPosition', 'positionBiasCorrection'] },
    docs: {
      description:
        'A ranking, search, recommendation or ads trainer that learns from a log written by a ranked serving path, without position-bias correction or without a prediction log that records positions.',
      why: 'Items at position 1 get clicked because they are at position 1; uncorrected, the model learns the old ranking (s002 propensity scoring for position bias; s000 inverse propensity scoring).',
      notes:
        'A correction (ips or position-feature) counts only with an ancestor prediction-log that has logPosition=true: both need the logged position. The fix sets positionBiasCorrection=ips when unset and turns on logPosition on the trainer\'s ancestor prediction logs; when it has none, it adds one fed by the ranked serving node that writes the click log, joined through a label joiner.',
      ask: 'Users click the top result because it is on top: how do you correct for position bias?',
    },
    messages: { uncorrected: '{{trainer}} learns from clicks on a ranked list without position-bias correction.' },
    placeholders: { trainer: 'the trainer' },
    fixLabel: 'Correct with IPS and log positions',
  },
  check({ facts, report }) {
    const trainers = facts.trainers.filter((t) => RANKED_LIST_DOMAINS.has(strProp(t, 'domain') ?? ''));
    if (trainers.length === 0) return;
    const ranked = rankedPathNodes(facts);
    const logs = facts.ofKind('event-log', 'prediction-log').filter((log) => facts.graph.predecessors(log.id).some((p) => ranked.has(p)));
    const fedByClicks = reachMask(facts.graph, 
      logs.map((l) => l.id),
      ANY,
    );
    for (const trainer of trainers) {
      if (!fedByClicks.has(trainer.id)) continue;
      const corrected = strProp(trainer, 'positionBiasCorrection') !== 'none';
      const positioned = facts.fact(positionLogged).has(trainer.id);
      if (corrected && positioned) continue;
      report({ messageId: 'uncorrected', data: { trainer: nodeLabel(trainer) }, nodeIds: [trainer.id] });
    }
  },
  fix(design: Design, finding) {
    const trainer = finding.nodeIds[0];
    const facts = computeFacts(design);
    const e = edit(design);
    if (strProp(facts.node(trainer), 'positionBiasCorrection') === 'none') e.setProps(trainer, { positionBiasCorrection: 'ips' });
    const logs = positionLogs(facts, trainer);
    for (const log of logs) e.setProps(log, { logPosition: true });
    if (logs.length === 0) {
      const writer = clickLogs(facts, trainer, rankedPathNodes(facts))[0]?.writer;
      if (writer) {
        const [, labelJoin] = e.addChain(
          writer,
          [
            { kind: 'prediction-log', flow: 'feedback', props: { logPosition: true } },
            { kind: 'label-join', flow: 'feedback' },
          ],
          BELOW,
        );
        e.addEdge(labelJoin, trainer, 'data');
      }
    }
    return e.done();
  },
};
