import { createHash } from 'node:crypto';
import type { Severity } from '../core/document/types';
import { RULES } from '../core/lint/rules';
import type { Rule } from '../core/lint/types';
import type { FileOutcome } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file path as a SARIF artifact URI, relative to the checkout (GitHub maps %SRCROOT% to it). */
const uriOf = (file: string) => file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');

function ruleDescriptor(rule: Rule) {
  const { id, severity, stage, docs, fixLabel } = rule.meta;
  const help = [docs.description, `Why: ${docs.why}`, docs.notes ? `Notes: ${docs.notes}` : '', fixLabel ? `Quick fix (mlsd lint --fix): ${fixLabel}` : ''].filter(Boolean);
  return {
    id,
    name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: docs.description },
    fullDescription: { text: docs.why },
    help: { text: help.join('\n\n'), markdown: help.map((p, i) => (i === 0 ? p : p.replace(/^(\w[\w ()-]*?:)/, '**$1**'))).join('\n\n') },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { stage, tags: ['ml-system-design', stage] },
  };
}

/**
 * SARIF 2.1.0 for code scanning: every rule with its docs, one result per finding located at its
 * first node, and a fingerprint from the rule and the node and edge ids, so that an alert
 * survives edits elsewhere in the file.
 */
export function sarif(outcomes: readonly FileOutcome[], version: string): string {
  const index = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const results = outcomes.flatMap((o) =>
    o.problems
      ? []
      : o.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: uriOf(o.file), uriBaseId: '%SRCROOT%' }, region: { startLine: f.line, startColumn: f.column } },
              logicalLocations: [...f.nodeIds.map((id) => ({ name: id, kind: 'object', fullyQualifiedName: `nodes/${id}` })), ...f.edgeIds.map((id) => ({ name: id, kind: 'object', fullyQualifiedName: `edges/${id}` }))],
            },
          ],
          partialFingerprints: {
            'mlsdFinding/v1': createHash('sha256').update([f.ruleId, [...f.nodeIds].sort().join(','), [...f.edgeIds].sort().join(',')].join('|')).digest('hex'),
          },
        })),
  );
  const notifications = outcomes.flatMap((o) =>
    o.problems
      ? o.problems.map((p) => ({
          level: 'error',
          message: { text: p.path === '$' ? p.message : `${p.path}: ${p.message}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(o.file), uriBaseId: '%SRCROOT%' } } }],
        }))
      : [],
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mlsd', fullName: 'MLSD Studio design linter', version, semanticVersion: version, rules: RULES.map(ruleDescriptor) } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
