import type { Design, DesignNode } from '../document/types';
import { boolProp, strProp } from '../document/props';
import { ANY, D, DF, type FlowSet, Graph, R } from '../graph/graph';
import { servingPaths, servingSet, sideInputs } from '../graph/servingPaths';
import { type CriticalPath, criticalPathOf } from '../graph/criticalPath';
import { closure, type NodeValues } from '../graph/closure';
import { reachMask, type NodeSet } from '../graph/reach';

export const DEFAULT_MAX_RANK_IN = 10_000;
export const DEFAULT_HOT_QPS = 1_000;

export const RANKERS: ReadonlySet<string> = new Set(['light-ranker', 'heavy-ranker']);
export const RETRIEVERS: ReadonlySet<string> = new Set(['candidate-generation', 'ann-index', 'lexical-index', 'result-store']);
const MODEL_KINDS = new Set(['model-server', 'light-ranker', 'heavy-ranker', 'batch-inference']);
const DOMAIN_KINDS = new Set(['trainer', 'heavy-ranker', 'model-server', 'batch-inference']);
const F_NODES = new Set(['feature-store', 'feature-pipeline', 'stream-processor', 'batch-processor']);

/** Freshness rank (DOMAIN.md section B): lower is fresher, so "freshest" is a minimum. */
export const FRESHNESS_RANK = { realtime: 0, 'near-realtime': 1, batch: 2 } as const;
export type FreshnessRank = (typeof FRESHNESS_RANK)[keyof typeof FRESHNESS_RANK];
export const FRESHNESS_NAME = ['realtime', 'near-realtime', 'batch'] as const;

const rankOf = (freshness: string | undefined): FreshnessRank | undefined =>
  freshness !== undefined && Object.prototype.hasOwnProperty.call(FRESHNESS_RANK, freshness) ? FRESHNESS_RANK[freshness as keyof typeof FRESHNESS_RANK] : undefined;

/** A fact over the whole design, computed on first use in a lint run; the function is its key. */
export type Fact<T> = (facts: LintFacts) => T;
/** A fact about one node, computed on first use per node. */
export type NodeFact<T> = (facts: LintFacts, id: string) => T;

export interface TrainsPair {
  trainer: DesignNode;
  model: DesignNode;
}

/**
 * The generic terms of DOMAIN.md section B, computed once per lint run and shared by all rules.
 * What only one rule needs lives next to that rule as a `Fact` or `NodeFact` that it asks for with
 * `fact(f)` / `nodeFact(f, id)`: memoized here, keyed by the function itself, so a run only pays
 * for what its rules ask and no rule reads another's fact back through a string key.
 */
export class LintFacts {
  readonly graph: Graph;
  readonly maxRankIn: number;
  readonly hotQps: number;
  private readonly facts = new Map<Fact<unknown>, unknown>();
  private readonly nodeFacts = new Map<NodeFact<unknown>, Map<string, unknown>>();

  /** `graph` may be a `withNodes` copy of the previous run's graph, when only node data changed. */
  constructor(
    readonly design: Design,
    graph?: Graph,
  ) {
    this.graph = graph ?? new Graph(design);
    this.maxRankIn = design.settings?.maxRankIn ?? DEFAULT_MAX_RANK_IN;
    this.hotQps = design.settings?.hotQps ?? DEFAULT_HOT_QPS;
  }

  fact<T>(compute: Fact<T>): T {
    if (!this.facts.has(compute)) this.facts.set(compute, compute(this));
    return this.facts.get(compute) as T;
  }

  nodeFact<T>(compute: NodeFact<T>, id: string): T {
    let map = this.nodeFacts.get(compute);
    if (!map) this.nodeFacts.set(compute, (map = new Map()));
    if (!map.has(id)) map.set(id, compute(this, id));
    return map.get(id) as T;
  }

  /** Nodes reachable (any flow) from a node that `is` accepts, those nodes included: "has an ancestor that …". */
  downstreamOf(is: (n: DesignNode) => boolean): NodeSet {
    return reachMask(this.graph, 
      this.design.nodes.filter(is).map((n) => n.id),
      ANY,
    );
  }

  node(id: string): DesignNode {
    return this.graph.byId.get(id)!;
  }

  ofKind(...kinds: string[]): DesignNode[] {
    return this.graph.ofKind(...kinds);
  }

  get clients(): DesignNode[] {
    return this.ofKind('client-request');
  }

  /** S(C) per client-request id. */
  get servingPaths(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.fact(SERVING_PATHS);
  }

  servingPath(clientId: string): ReadonlySet<string> {
    return this.servingPaths.get(clientId) ?? new Set();
  }

  /** S = ∪ S(C). */
  get serving(): ReadonlySet<string> {
    return this.fact(SERVING);
  }

  /** The client-requests C with v ∈ S(C). */
  clientsOf(v: string): string[] {
    return this.nodeFact(CLIENTS_OF, v);
  }

  get sideInputs(): ReadonlyMap<string, readonly string[]> {
    return this.fact(SIDE_INPUTS);
  }

  side(v: string): readonly string[] {
    return this.sideInputs.get(v) ?? [];
  }

  /** Model node: model-server, rankers, batch-inference, and an embedding-model in S. */
  isModelNode(n: DesignNode): boolean {
    return MODEL_KINDS.has(n.kind) || (n.kind === 'embedding-model' && this.serving.has(n.id));
  }

  get modelNodes(): DesignNode[] {
    return this.fact(MODEL_NODES);
  }

  /** Served model: a model node in S, or any batch-inference. */
  isServed(n: DesignNode): boolean {
    return this.isModelNode(n) && (this.serving.has(n.id) || n.kind === 'batch-inference');
  }

  get servedModels(): DesignNode[] {
    return this.fact(SERVED_MODELS);
  }

  get trainers(): DesignNode[] {
    return this.ofKind('trainer');
  }

  /** Every (T, M) with T trains M: T is a trainer and path_D(T, M) to a model node M. */
  get trainsPairs(): TrainsPair[] {
    return this.fact(TRAINS_PAIRS);
  }

  /** Pairs whose model is served, the ones most rules care about. */
  get servedTrainsPairs(): TrainsPair[] {
    return this.fact(SERVED_TRAINS_PAIRS);
  }

  trainersOf(modelId: string): DesignNode[] {
    return this.nodeFact(TRAINERS_OF, modelId);
  }

  /** domains(M) = {M.domain} ∪ {T.domain : T trains M}, without `other`. */
  domains(model: DesignNode): Set<string> {
    return this.nodeFact(DOMAINS, model.id);
  }

  /** D(G): every domain set on trainer, heavy-ranker, model-server and batch-inference nodes. */
  get designDomains(): Set<string> {
    return this.fact(DESIGN_DOMAINS);
  }

  /** The nodes that put domain d into D(G), to point at when a design-wide rule fires. */
  nodesWithDomain(...domains: string[]): DesignNode[] {
    return this.design.nodes.filter((n) => DOMAIN_KINDS.has(n.kind) && domains.includes(strProp(n, 'domain') ?? ''));
  }

  isFNode(n: DesignNode): boolean {
    return F_NODES.has(n.kind);
  }

  /** fresh(v): the lowest freshness rank of v itself and of every F-node with a data path to v. */
  fresh(v: string): FreshnessRank | undefined {
    return this.fact(FRESHNESS).get(v);
  }

  /** servFresh(M): the lowest fresh among F-nodes with a request path to M. */
  servFresh(model: string): FreshnessRank | undefined {
    return this.nodeFact(SERV_FRESH, model);
  }

  /** trainFresh(T): the lowest fresh among F-nodes with a data path to T. */
  trainFresh(trainer: string): FreshnessRank | undefined {
    return this.nodeFact(TRAIN_FRESH, trainer);
  }

  /** FS_serve(M): online feature stores with a request path to M. */
  fsServe(model: string): string[] {
    return this.nodeFact(FS_SERVE, model);
  }

  /** FS_train(T): offline feature stores with a data path to T. */
  fsTrain(trainer: string): string[] {
    return this.nodeFact(FS_TRAIN, trainer);
  }

  /** A prediction-log P with logFeatures=true, M feeds P, and path_DF(P, T). */
  hasLoggedFeaturesRoute(model: string, trainer: string): boolean {
    // Logs that reach the trainer are few; whether the model feeds one is a search that usually
    // stops after a hop or two (model →feedback log), so it exits early instead of being cached.
    const logs = new Set(this.nodeFact(FEATURE_LOGS_UPSTREAM, trainer).filter((id) => id !== model));
    return logs.size > 0 && this.graph.reachesAny(model, logs, ANY);
  }

  /** The latency critical path of C, or undefined when S(C) has a request cycle. */
  criticalPath(clientId: string): CriticalPath | undefined {
    return this.nodeFact(CRITICAL_PATH, clientId);
  }
}

const SERVING_PATHS: Fact<ReadonlyMap<string, ReadonlySet<string>>> = (f) => servingPaths(f.graph);
const SERVING: Fact<ReadonlySet<string>> = (f) => servingSet(f.servingPaths);
const NO_CLIENTS: string[] = [];
// Inverted once: asking every client's path per node made "which clients reach v" O(clients) per node.
const CLIENTS_BY_NODE: Fact<Map<string, string[]>> = (f) => {
  const byNode = new Map<string, string[]>();
  for (const [client, path] of f.servingPaths)
    for (const v of path) {
      const list = byNode.get(v);
      if (list) list.push(client);
      else byNode.set(v, [client]);
    }
  return byNode;
};
const CLIENTS_OF: NodeFact<string[]> = (f, v) => [...(f.fact(CLIENTS_BY_NODE).get(v) ?? NO_CLIENTS)];
const SIDE_INPUTS: Fact<ReadonlyMap<string, readonly string[]>> = (f) => sideInputs(f.graph, f.serving);
const MODEL_NODES: Fact<DesignNode[]> = (f) => f.design.nodes.filter((n) => f.isModelNode(n));
const SERVED_MODELS: Fact<DesignNode[]> = (f) => f.modelNodes.filter((n) => f.isServed(n));
const TRAINS_PAIRS: Fact<TrainsPair[]> = (f) => {
  const pairs: TrainsPair[] = [];
  for (const trainer of f.trainers) {
    for (const id of f.graph.reachable(trainer.id, D)) {
      const model = f.node(id);
      if (id !== trainer.id && f.isModelNode(model)) pairs.push({ trainer, model });
    }
  }
  return pairs;
};
const SERVED_TRAINS_PAIRS: Fact<TrainsPair[]> = (f) => f.trainsPairs.filter((p) => f.isServed(p.model));
const NO_TRAINERS: DesignNode[] = [];
// Grouped once: filtering every pair per model made "who trains M" O(pairs) per model.
const TRAINERS_BY_MODEL: Fact<Map<string, DesignNode[]>> = (f) => {
  const byModel = new Map<string, DesignNode[]>();
  for (const { trainer, model } of f.trainsPairs) {
    const list = byModel.get(model.id);
    if (list) list.push(trainer);
    else byModel.set(model.id, [trainer]);
  }
  return byModel;
};
const TRAINERS_OF: NodeFact<DesignNode[]> = (f, model) => [...(f.fact(TRAINERS_BY_MODEL).get(model) ?? NO_TRAINERS)];
const DOMAINS: NodeFact<Set<string>> = (f, model) => {
  const set = new Set<string>();
  for (const n of [f.node(model), ...f.trainersOf(model)]) {
    const d = strProp(n, 'domain');
    if (d && d !== 'other') set.add(d);
  }
  return set;
};
const DESIGN_DOMAINS: Fact<Set<string>> = (f) => {
  const set = new Set<string>();
  for (const n of f.design.nodes) {
    const d = DOMAIN_KINDS.has(n.kind) ? strProp(n, 'domain') : undefined;
    if (d && d !== 'other') set.add(d);
  }
  return set;
};
// Only F-nodes have a freshness property, so "v's own and its F-node ancestors'" is one minimum
// over v and everything upstream of it on data edges.
const FRESHNESS: Fact<NodeValues<FreshnessRank | undefined>> = (f) =>
  closure<FreshnessRank | undefined>(f.graph, D, 'backward', (n) => rankOf(strProp(n, 'freshness')), (a, b) => minOf(a, b));
// One fold over the graph per flow set instead of one ancestor search per model or trainer. The
// node's own freshness joins in, which changes nothing: models and trainers are not F-nodes.
const freshUpstream = (flows: FlowSet): Fact<NodeValues<FreshnessRank | undefined>> => (f) =>
  closure<FreshnessRank | undefined>(f.graph, flows, 'backward', (n) => (f.isFNode(n) ? f.fresh(n.id) : undefined), (a, b) => minOf(a, b));
const FRESH_UPSTREAM_R = freshUpstream(R);
const FRESH_UPSTREAM_D = freshUpstream(D);
const SERV_FRESH: NodeFact<FreshnessRank | undefined> = (f, model) => f.fact(FRESH_UPSTREAM_R).get(model);
const TRAIN_FRESH: NodeFact<FreshnessRank | undefined> = (f, trainer) => f.fact(FRESH_UPSTREAM_D).get(trainer);
const FS_SERVE: NodeFact<string[]> = (f, model) =>
  [...f.graph.ancestors(model, R)].filter((u) => f.node(u).kind === 'feature-store' && boolProp(f.node(u), 'onlineStore'));
const FS_TRAIN: NodeFact<string[]> = (f, trainer) =>
  [...f.graph.ancestors(trainer, D)].filter((u) => f.node(u).kind === 'feature-store' && boolProp(f.node(u), 'offlineStore'));
/** Prediction logs that log features: usually none, and then no trainer needs its ancestors listed. */
const FEATURE_LOGS: Fact<ReadonlySet<string>> = (f) => new Set(f.ofKind('prediction-log').filter((n) => boolProp(n, 'logFeatures')).map((n) => n.id));
// Per trainer, not per (trainer, model) pair: a trainer trains several models.
const FEATURE_LOGS_UPSTREAM: NodeFact<string[]> = (f, trainer) => {
  const logs = f.fact(FEATURE_LOGS);
  return logs.size === 0 ? [] : [...f.graph.ancestors(trainer, DF)].filter((id) => logs.has(id));
};
const CRITICAL_PATH: NodeFact<CriticalPath | undefined> = (f, client) => criticalPathOf(f.graph, client, f.servingPath(client), f.sideInputs);

function minOf(a: FreshnessRank | undefined, b: FreshnessRank | undefined): FreshnessRank | undefined {
  return a === undefined ? b : b === undefined || a <= b ? a : b;
}

export function computeFacts(design: Design): LintFacts {
  return new LintFacts(design);
}
