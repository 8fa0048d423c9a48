export * from './types';
export { lint, applyFix, getRule } from './engine';
export type { IncrementalLinter } from './incremental';
export { LintFacts, computeFacts } from './facts';
export { criticalPaths, type CriticalPath } from '../graph/criticalPath';
export { funnel, type Funnel } from '../graph/funnel';
export { designScore } from './score';
export { fixAll } from './fixAll';
