import type { ReadIssue } from '../core/document/types';
import type { Finding } from '../core/lint/types';

/** A finding with the place of its first node (or edge) in the file it came from. */
export type LocatedFinding = Finding & { line: number; column: number };

/** What linting one file gave: its findings, or why it could not be read. */
export type FileOutcome =
  | {
      file: string;
      findings: LocatedFinding[];
      /** Findings of rules the design turned off in `lint.off`. */
      suppressed: number;
      /** Findings of rules mlsd.config.json turned off. */
      offByConfig: number;
      /** How many quick fixes --fix applied. */
      fixed?: number;
      problems?: undefined;
    }
  | { file: string; problems: ReadIssue[] };

export const count = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
