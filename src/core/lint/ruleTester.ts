import { describe, expect, it } from 'vitest';
import type { Design } from '../document/types';
import { runRules } from './engine';
import { fixDiff } from './fixDiff';
import { deepFreeze } from './testing';
import type { Rule } from './types';

export interface ExpectedError {
  messageId: string;
  nodeIds: string[];
}

export interface InvalidCase {
  name?: string;
  design: Design;
  errors: ExpectedError[];
  /**
   * Required when the rule has a fix: what the fix of each finding changes, as `fixDiff` writes it
   * (one list per finding, in report order; a single list when there is one finding), or null
   * when the rule offers no fix for these findings (as ESLint's `output: null`).
   */
  output?: string[] | string[][] | null;
}

export type ValidCase = Design | { name: string; design: Design };

const key = (e: ExpectedError) => `${e.messageId}:${[...e.nodeIds].sort().join(',')}`;

/**
 * After ESLint's RuleTester: valid designs yield no finding of the rule, invalid designs yield
 * exactly the listed findings (messageId + nodeIds, in any order), and each finding's quick fix,
 * applied to a frozen copy, makes exactly the pinned changes (`output`) and makes that finding go away.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) => {
      const { name, design } = 'design' in c ? c : { name: `valid #${i + 1}`, design: c };
      it(`passes: ${name}`, () => {
        expect(runRules(design, [rule]).map((f) => f.message)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      const name = c.name ?? `invalid #${i + 1}`;
      it(`fires: ${name}`, () => {
        const findings = runRules(c.design, [rule]);
        expect(findings.map(key).sort()).toEqual(c.errors.map(key).sort());
        for (const f of findings) expect(f.message, 'every placeholder is filled').not.toMatch(/\{\{/);
      });
      if (rule.fix) {
        it(`fix gives the pinned output: ${name}`, () => verifyFix(rule, c));
      }
    });
  });
}

/**
 * Applies the rule's fix to each finding of an invalid case (on a frozen copy) and checks that it
 * makes exactly the pinned changes, keeps the design well formed, and resolves that finding.
 */
export function verifyFix(rule: Rule, c: InvalidCase): void {
  expect(c.output, 'an invalid case of a rule with a fix states its expected output').toBeDefined();
  const frozen = deepFreeze(structuredClone(c.design));
  const findings = runRules(frozen, [rule]);
  if (c.output === null) {
    for (const f of findings) expect(f.fixable, `"${f.message}" offers no fix`).toBe(false);
    return;
  }
  for (const f of findings) expect(f.fixable, `"${f.message}" offers a fix`).toBe(true);
  const expected = expectedOutputs(c.output!, findings.length);
  findings.forEach((finding, i) => {
    const fixed = rule.fix!(frozen, finding);
    expect(fixed, 'the fix changes the design').not.toBe(frozen);
    expectWellFormed(fixed);
    expect(fixDiff(frozen, fixed), `fix of "${finding.message}"`).toEqual([...expected[i]].sort());
    const after = runRules(fixed, [rule]).map(key);
    expect(after, `fix of "${finding.message}" resolves it`).not.toContain(key(finding));
  });
}

function expectedOutputs(output: string[] | string[][], findings: number): string[][] {
  const perFinding = output.length > 0 && Array.isArray(output[0]) ? (output as string[][]) : [output as string[]];
  expect(perFinding.length, 'one pinned output per finding').toBe(findings);
  return perFinding;
}

/** Unique node and edge ids, and edges that join existing nodes: what the editor relies on. */
function expectWellFormed(design: Design): void {
  const ids = design.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const edgeIds = design.edges.map((e) => e.id);
  expect(new Set(edgeIds).size).toBe(edgeIds.length);
  const known = new Set(ids);
  for (const e of design.edges) expect(known.has(e.source) && known.has(e.target), `edge ${e.id} joins existing nodes`).toBe(true);
}

