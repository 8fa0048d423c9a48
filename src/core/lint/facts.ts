import type { Design, DesignNode } from '../document/types';
import { boolProp, listProp, strProp } from '../document/props';
import { ANY, D, DF, type FlowSet, Graph, R } from '../graph/graph';
import { servingPaths, servingSet, sideInputs } from '../graph/servingPaths';
import { type CriticalPath, criticalPathOf } from '../graph/criticalPath';
import { closure } from '../graph/closure';

export const DEFAULT_MAX_RANK_IN = 10_000;
export const DEFAULT_HOT_QPS = 1_000;

export const RANKERS: ReadonlySet<string> = new Set(['light-ranker', 'heavy-ranker']);
export const RETRIEVERS: ReadonlySet<string> = new Set(['candidate-generation', 'ann-index', 'lexical-index', 'result-store']);
const MODEL_KINDS = new Set(['model-server', 'light-ranker', 'heavy-ranker', 'batch-inference']);
const DOMAIN_KINDS = new Set(['trainer', 'heavy-ranker', 'model-server', 'batch-inference']);
const F_NODES = new Set(['feature-store', 'feature-pipeline', 'stream-processor', 'batch-processor']);

/** Freshness rank: realtime 0 < near-realtime 1 < batch 2. */
export const FRESHNESS_RANK: Readonly<Record<string, number>> = { realtime: 0, 'near-realtime': 1, batch: 2 };
export const FRESHNESS_NAME = ['realtime', 'near-realtime', 'batch'] as const;

export interface TrainsPair {
  trainer: DesignNode;
  model: DesignNode;
}

/**
 * The terms of DOMAIN.md section B, computed once per lint run and shared by all rules.
 * Every fact is computed on first use and memoized, so a run only pays for what its rules ask.
 */
export class LintFacts {
  readonly graph: Graph;
  readonly maxRankIn: number;
  readonly hotQps: number;
  private readonly cache = new Map<string, unknown>();
  private readonly perNode = new Map<string, Map<string, unknown>>();

  constructor(readonly design: Design) {
    this.graph = new Graph(design);
    this.maxRankIn = design.settings?.maxRankIn ?? DEFAULT_MAX_RANK_IN;
    this.hotQps = design.settings?.hotQps ?? DEFAULT_HOT_QPS;
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  private per<T>(fact: string, id: string, compute: () => T): T {
    let map = this.perNode.get(fact);
    if (!map) this.perNode.set(fact, (map = new Map()));
    if (!map.has(id)) map.set(id, compute());
    return map.get(id) as T;
  }

  node(id: string): DesignNode {
    return this.graph.byId.get(id)!;
  }

  ofKind(...kinds: string[]): DesignNode[] {
    return this.once(`kind:${kinds.join(',')}`, () => this.graph.ofKind(...kinds));
  }

  get clients(): DesignNode[] {
    return this.ofKind('client-request');
  }

  /** S(C) per client-request id. */
  get servingPaths(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.once('servingPaths', () => servingPaths(this.graph));
  }

  servingPath(clientId: string): ReadonlySet<string> {
    return this.servingPaths.get(clientId) ?? new Set();
  }

  /** S = ∪ S(C). */
  get serving(): ReadonlySet<string> {
    return this.once('serving', () => servingSet(this.servingPaths));
  }

  /** The client-requests C with v ∈ S(C). */
  clientsOf(v: string): string[] {
    return this.per('clientsOf', v, () => [...this.servingPaths].filter(([, path]) => path.has(v)).map(([c]) => c));
  }

  get sideInputs(): ReadonlyMap<string, readonly string[]> {
    return this.once('side', () => sideInputs(this.graph, this.serving));
  }

  side(v: string): readonly string[] {
    return this.sideInputs.get(v) ?? [];
  }

  /** Model node: model-server, rankers, batch-inference, and an embedding-model in S. */
  isModelNode(n: DesignNode): boolean {
    return MODEL_KINDS.has(n.kind) || (n.kind === 'embedding-model' && this.serving.has(n.id));
  }

  get modelNodes(): DesignNode[] {
    return this.once('models', () => this.design.nodes.filter((n) => this.isModelNode(n)));
  }

  /** Served model: a model node in S, or any batch-inference. */
  isServed(n: DesignNode): boolean {
    return this.isModelNode(n) && (this.serving.has(n.id) || n.kind === 'batch-inference');
  }

  get servedModels(): DesignNode[] {
    return this.once('served', () => this.modelNodes.filter((n) => this.isServed(n)));
  }

  get trainers(): DesignNode[] {
    return this.ofKind('trainer');
  }

  /** Every (T, M) with T trains M: T is a trainer and path_D(T, M) to a model node M. */
  get trainsPairs(): TrainsPair[] {
    return this.once('trains', () => {
      const pairs: TrainsPair[] = [];
      for (const trainer of this.trainers) {
        const reach = this.graph.reachable(trainer.id, D);
        for (const id of reach) {
          const model = this.node(id);
          if (id !== trainer.id && this.isModelNode(model)) pairs.push({ trainer, model });
        }
      }
      return pairs;
    });
  }

  /** Pairs whose model is served, the ones most rules care about. */
  get servedTrainsPairs(): TrainsPair[] {
    return this.once('servedTrains', () => this.trainsPairs.filter((p) => this.isServed(p.model)));
  }

  trainersOf(modelId: string): DesignNode[] {
    return this.per('trainersOf', modelId, () => this.trainsPairs.filter((p) => p.model.id === modelId).map((p) => p.trainer));
  }

  /** domains(M) = {M.domain} ∪ {T.domain : T trains M}, without `other`. */
  domains(model: DesignNode): Set<string> {
    return this.per('domains', model.id, () => {
      const set = new Set<string>();
      for (const n of [model, ...this.trainersOf(model.id)]) {
        const d = strProp(n, 'domain');
        if (d && d !== 'other') set.add(d);
      }
      return set;
    });
  }

  /** D(G): every domain set on trainer, heavy-ranker, model-server and batch-inference nodes. */
  get designDomains(): Set<string> {
    return this.once('D(G)', () => {
      const set = new Set<string>();
      for (const n of this.design.nodes) {
        const d = DOMAIN_KINDS.has(n.kind) ? strProp(n, 'domain') : undefined;
        if (d && d !== 'other') set.add(d);
      }
      return set;
    });
  }

  /** The nodes that put domain d into D(G), to point at when a design-wide rule fires. */
  nodesWithDomain(...domains: string[]): DesignNode[] {
    return this.design.nodes.filter((n) => DOMAIN_KINDS.has(n.kind) && domains.includes(strProp(n, 'domain') ?? ''));
  }

  isFNode(n: DesignNode): boolean {
    return F_NODES.has(n.kind);
  }

  /** fresh(v): the lowest freshness rank of v itself and of every F-node with a data path to v. */
  fresh(v: string): number | undefined {
    // Only F-nodes have a freshness property, so "v's own and its F-node ancestors'" is one
    // minimum over v and everything upstream of it on data edges.
    const freshness = this.once('fresh', () =>
      closure<number | undefined>(this.graph, D, 'backward', (ids) => minRank(ids.map((id) => FRESHNESS_RANK[strProp(this.node(id), 'freshness') ?? ''])), (a, b) => minRank([a, b])),
    );
    return freshness.get(v);
  }

  private lowestFresh(v: string, flows: FlowSet): number | undefined {
    let best: number | undefined;
    for (const u of this.graph.ancestors(v, flows)) {
      if (!this.isFNode(this.node(u))) continue;
      const rank = this.fresh(u);
      if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    }
    return best;
  }

  /** servFresh(M): the lowest fresh among F-nodes with a request path to M. */
  servFresh(model: string): number | undefined {
    return this.per('servFresh', model, () => this.lowestFresh(model, R));
  }

  /** trainFresh(T): the lowest fresh among F-nodes with a data path to T. */
  trainFresh(trainer: string): number | undefined {
    return this.per('trainFresh', trainer, () => this.lowestFresh(trainer, D));
  }

  /** FS_serve(M): online feature stores with a request path to M. */
  fsServe(model: string): string[] {
    return this.per('fsServe', model, () =>
      [...this.graph.ancestors(model, R)].filter((u) => this.node(u).kind === 'feature-store' && boolProp(this.node(u), 'onlineStore')),
    );
  }

  /** FS_train(T): offline feature stores with a data path to T. */
  fsTrain(trainer: string): string[] {
    return this.per('fsTrain', trainer, () =>
      [...this.graph.ancestors(trainer, D)].filter((u) => this.node(u).kind === 'feature-store' && boolProp(this.node(u), 'offlineStore')),
    );
  }

  /** A prediction-log P with logFeatures=true, M feeds P, and path_DF(P, T). */
  hasLoggedFeaturesRoute(model: string, trainer: string): boolean {
    // Logs that reach the trainer are few; whether the model feeds one is a search that usually
    // stops after a hop or two (model →feedback log), so it exits early instead of being cached.
    const logs = new Set(
      [...this.graph.ancestors(trainer, DF)].filter((id) => {
        const n = this.node(id);
        return n.kind === 'prediction-log' && boolProp(n, 'logFeatures') && id !== model;
      }),
    );
    return logs.size > 0 && this.graph.reachesAny(model, logs, ANY);
  }

  /**
   * Per node, a bitmask of what the drift monitors reachable from it watch (one bit per watch,
   * plus MONITORED). Bits instead of monitor sets: in a connected design every pipeline node
   * reaches hundreds of monitors, and the rules only ask "any?" and "which watches?".
   */
  private get watchesDownstream(): Map<string, number> {
    return this.once('watchesDownstream', () =>
      closure(this.graph, ANY, 'forward', (ids) => orAll(ids.map((id) => monitorBits(this.node(id)))), (a, b) => a | b),
    );
  }

  /** Per node, the watch bits of monitors reachable from a prediction-log the node feeds (or is). */
  private get watchesViaLogs(): Map<string, number> {
    return this.once('watchesViaLogs', () => {
      const down = this.watchesDownstream;
      const own = (ids: readonly string[]) => orAll(ids.map((id) => (this.node(id).kind === 'prediction-log' ? down.get(id)! : 0)));
      return closure(this.graph, ANY, 'forward', own, (a, b) => a | b);
    });
  }

  private clientWatches(clientId: string): number {
    return this.per('clientWatches', clientId, () => orAll([...this.servingPath(clientId)].map((s) => this.watchesViaLogs.get(s)!)));
  }

  /**
   * What the drift monitors of M watch together, and whether it has any: monitors reachable from
   * M, or from a prediction-log fed by a node of a serving path that contains M.
   */
  monitoring(model: DesignNode): { monitored: boolean; watches: Set<string> } {
    return this.per('monitoring', model.id, () => {
      let bits = this.watchesDownstream.get(model.id) ?? 0;
      for (const c of this.clientsOf(model.id)) bits |= this.clientWatches(c);
      return { monitored: (bits & MONITORED) !== 0, watches: new Set(WATCHES.filter((_, i) => bits & (1 << i))) };
    });
  }

  /** The drift monitors of M (same condition as `monitoring`), nearest first; one search, for fixes and the UI. */
  monitorsOf(model: DesignNode): DesignNode[] {
    const near = [...this.graph.reachable(model.id, ANY)];
    const paths = this.clientsOf(model.id).map((c) => this.servingPath(c));
    const logs = this.ofKind('prediction-log').filter((p) => paths.some((path) => this.graph.reachesAny(p.id, new Set(path), ANY, 'backward')));
    const viaLogs = this.graph.reachableFrom(logs.map((p) => p.id), ANY);
    const ids = new Set([...near, ...viaLogs]);
    return [...ids].map((id) => this.node(id)).filter((n) => n.kind === 'drift-monitor');
  }

  /**
   * Per node, bits for "has an ancestor (any flow) that …" questions several rules ask of
   * trainers: labels, validation, timestamps, prediction logs. One pass instead of one search per trainer.
   */
  upstream(v: string): number {
    const flags = this.once('upstream', () =>
      closure(this.graph, ANY, 'backward', (ids) => orAll(ids.map((id) => upstreamBits(this.node(id)))), (a, b) => a | b),
    );
    return flags.get(v) ?? 0;
  }

  /** The latency critical path of C, or undefined when S(C) has a request cycle. */
  criticalPath(clientId: string): CriticalPath | undefined {
    return this.per('critical', clientId, () => criticalPathOf(this.graph, clientId, this.servingPath(clientId), this.sideInputs));
  }
}

const WATCHES = ['data-drift', 'prediction-drift', 'business-metrics', 'latency', 'feature-skew'];
const MONITORED = 1 << WATCHES.length;

function monitorBits(n: DesignNode): number {
  if (n.kind !== 'drift-monitor') return 0;
  return listProp(n, 'watches').reduce((bits, w) => (WATCHES.includes(w) ? bits | (1 << WATCHES.indexOf(w)) : bits), MONITORED);
}

/** Bits of `upstream()`: what a node contributes to its descendants' ancestry. */
export const UP = { LABELS: 1, VALIDATION: 2, TIMESTAMPED: 4, PREDICTION_LOG: 8, LOGS_POSITION: 16 } as const;
const LABEL_KINDS = new Set(['label-join', 'label-source', 'human-review']);

function upstreamBits(n: DesignNode): number {
  const labels = strProp(n, 'labels');
  let bits = labels === 'explicit' || labels === 'implicit' || LABEL_KINDS.has(n.kind) ? UP.LABELS : 0;
  if (n.kind === 'data-validation') bits |= UP.VALIDATION;
  if (boolProp(n, 'timestamped')) bits |= UP.TIMESTAMPED;
  if (n.kind === 'prediction-log') bits |= UP.PREDICTION_LOG | (boolProp(n, 'logPosition') ? UP.LOGS_POSITION : 0);
  return bits;
}

function orAll(values: number[]): number {
  let bits = 0;
  for (const v of values) bits |= v;
  return bits;
}

function minRank(ranks: (number | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const r of ranks) if (r !== undefined && (best === undefined || r < best)) best = r;
  return best;
}

export function computeFacts(design: Design): LintFacts {
  return new LintFacts(design);
}
