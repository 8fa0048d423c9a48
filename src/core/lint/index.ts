export * from './types';
export { lint, applyFix, getRule, formatMessage, runRules, compareFindings } from './engine';
export { RULES } from './rules';
export { LintFacts, computeFacts, DEFAULT_HOT_QPS, DEFAULT_MAX_RANK_IN } from './facts';
export { criticalPaths, type CriticalPath } from '../graph/criticalPath';
export { funnel, type Funnel, type FunnelStage } from '../graph/funnel';
export { fixAll, type FixAllResult } from './fixAll';
