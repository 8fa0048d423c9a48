/**
 * The reference designs in `templates/*.json` (format 1, DOMAIN.md section E) and metadata for the
 * gallery. The JSON files are the source of truth; the app loads them lazily with Vite's
 * `import.meta.glob('/templates/*.json', { eager: false })`. This module only names them, so it can
 * be imported anywhere (app, CLI, tests) without pulling in the files.
 */

/** The interview framework order every template walkthrough follows (s000, s002, s003). */
export const WALKTHROUGH_STAGES = ['problem', 'data', 'features', 'model', 'training', 'evaluation', 'serving', 'monitoring'] as const;
export type WalkthroughStage = (typeof WALKTHROUGH_STAGES)[number];

export type SeedId = 's000' | 's001' | 's002' | 's003' | 's004';

/** The extra top-level `template` field each template file carries (kept by the reader as `extra`). */
export interface TemplateInfo {
  /** The ML task, e.g. "Multi-task ranking". */
  task: string;
  /** The seed guide the design mainly follows. */
  seed: SeedId;
  /** Every seed the design cites. */
  sources: SeedId[];
}

export interface TemplateMeta {
  id: string;
  title: string;
  task: string;
  seed: SeedId;
  /** Reference design (lints clean) or an instructor's "spot the flaws" variant. */
  kind: 'reference' | 'flaws';
  /** For flaw variants: the template it was derived from. */
  basedOn?: string;
  /** For flaw variants: exactly the rule ids the linter reports on it. */
  expectedFindings?: string[];
}

/** The twelve reference designs of DOMAIN.md section D, then the s001 pipeline basics. */
export const TEMPLATES: readonly TemplateMeta[] = [
  { id: 'ml-pipeline-basics', title: 'ML pipeline basics', task: 'Supervised classification (generic)', seed: 's001', kind: 'reference' },
  { id: 'news-feed-ranking', title: 'News feed ranking', task: 'Multi-task ranking', seed: 's000', kind: 'reference' },
  { id: 'video-recommendation', title: 'Video recommendation', task: 'Two-stage recommendation (retrieval + ranking)', seed: 's000', kind: 'reference' },
  { id: 'hybrid-batch-recommendation', title: 'Hybrid batch + real-time recommendation', task: 'Recommendation (batch candidates + real-time ranking)', seed: 's001', kind: 'reference' },
  { id: 'search-ranking', title: 'Search ranking', task: 'Learning to rank', seed: 's000', kind: 'reference' },
  { id: 'ads-ctr-prediction', title: 'Ads click-through-rate prediction', task: 'Binary classification (calibrated CTR)', seed: 's002', kind: 'reference' },
  { id: 'real-time-bidding', title: 'Real-time bidding (DSP)', task: 'Calibrated conversion prediction for bidding', seed: 's002', kind: 'reference' },
  { id: 'fraud-detection', title: 'Payment fraud detection', task: 'Imbalanced binary classification', seed: 's002', kind: 'reference' },
  { id: 'content-moderation', title: 'Content moderation', task: 'Multimodal multi-label classification', seed: 's002', kind: 'reference' },
  { id: 'spam-detection', title: 'Email spam detection', task: 'Binary classification', seed: 's004', kind: 'reference' },
  { id: 'email-send-time', title: 'Email send-time optimization', task: 'Regression over send-time buckets', seed: 's002', kind: 'reference' },
  { id: 'similar-items', title: 'Similar items', task: 'Embedding retrieval (nearest neighbours)', seed: 's001', kind: 'reference' },
  { id: 'duplicate-listing-detection', title: 'Duplicate listing detection', task: 'Pairwise similarity classification', seed: 's002', kind: 'reference' },
  {
    id: 'flaws-news-feed',
    title: 'Spot the flaws: news feed ranking',
    task: 'Multi-task ranking',
    seed: 's000',
    kind: 'flaws',
    basedOn: 'news-feed-ranking',
    expectedFindings: ['missing-monitoring', 'missing-stage', 'temporal-leakage'],
  },
  {
    id: 'flaws-search',
    title: 'Spot the flaws: search without retrieval',
    task: 'Learning to rank',
    seed: 's000',
    kind: 'flaws',
    basedOn: 'search-ranking',
    expectedFindings: ['single-stage-ranking'],
  },
  {
    id: 'flaws-fraud',
    title: 'Spot the flaws: fraud detection',
    task: 'Imbalanced binary classification',
    seed: 's002',
    kind: 'flaws',
    basedOn: 'fraud-detection',
    expectedFindings: ['no-human-review', 'class-imbalance-unhandled', 'stale-features'],
  },
  {
    id: 'flaws-latency',
    title: 'Spot the flaws: over the latency budget',
    task: 'Learning to rank',
    seed: 's000',
    kind: 'flaws',
    basedOn: 'search-ranking',
    expectedFindings: ['latency-budget-exceeded'],
  },
  {
    id: 'flaws-ads',
    title: 'Spot the flaws: ads CTR prediction',
    task: 'Binary classification (calibrated CTR)',
    seed: 's002',
    kind: 'flaws',
    basedOn: 'ads-ctr-prediction',
    expectedFindings: ['uncalibrated-probabilities', 'temporal-leakage', 'no-exploration'],
  },
];

export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((t) => t.id);
export const REFERENCE_TEMPLATE_IDS: readonly string[] = TEMPLATES.filter((t) => t.kind === 'reference').map((t) => t.id);
export const FLAW_TEMPLATE_IDS: readonly string[] = TEMPLATES.filter((t) => t.kind === 'flaws').map((t) => t.id);

export function getTemplateMeta(id: string): TemplateMeta | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** The path of a template's file, as `import.meta.glob('/templates/*.json')` keys it. */
export function templatePath(id: string): string {
  return `/templates/${id}.json`;
}

/** The template id of a glob key such as `/templates/news-feed-ranking.json`. */
export function templateIdOfPath(path: string): string | undefined {
  const m = /(?:^|\/)templates\/([^/]+)\.json$/.exec(path);
  return m?.[1];
}

/** Reads the `template` field of a parsed template file (the reader keeps it in `design.extra`). */
export function templateInfoOf(extra: Record<string, unknown> | undefined): TemplateInfo | undefined {
  const t = extra?.template;
  if (typeof t !== 'object' || t === null) return undefined;
  const { task, seed, sources } = t as Record<string, unknown>;
  if (typeof task !== 'string' || typeof seed !== 'string' || !Array.isArray(sources)) return undefined;
  return { task, seed: seed as SeedId, sources: sources.filter((s): s is SeedId => typeof s === 'string') };
}
