import { closest } from '../catalog';
import { type ObjectSpec, SETTINGS } from '../document/schema';
import { type Hook, quote, Reader, readObject } from '../document/schemaRead';
import type { Design, DesignSettings, ReadIssue } from '../document/types';
import { RULES } from '../lint/rules';
import { compareFindings } from '../lint/engine';
import type { Finding, LintResult } from '../lint/types';

export const CONFIG_FILE = 'mlsd.config.json';
export const RULE_LEVELS = ['off', 'warn', 'error'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** A repository's `mlsd.config.json`: rule severities and default design settings. */
export const CONFIG = {
  type: 'object',
  description: 'Settings of the mlsd linter for every design under this folder.',
  expect: 'an object',
  unknown: 'drop',
  fields: {
    $schema: { type: 'string', transient: true, description: 'Ignored; for editors.' },
    rules: {
      type: 'map',
      description: 'Rule id → "off", "warn" or "error".',
      values: { type: 'enum', options: RULE_LEVELS, description: 'How the rule reports.' },
    },
    settings: SETTINGS,
  },
} as const satisfies ObjectSpec;

export interface LintConfig {
  rules: Record<string, RuleLevel>;
  settings: DesignSettings;
}

export type ConfigResult = { ok: true; config: LintConfig } | { ok: false; errors: ReadIssue[] };

/** Checks a parsed config: unknown fields and rule ids, bad levels and types are errors naming the JSON path. */
export function readConfig(input: unknown): ConfigResult {
  const r = new Reader();
  const ids = RULES.map((rule) => rule.meta.id);
  const top: Hook = (read, raw) => {
    for (const key of Object.keys(raw)) {
      if (key in CONFIG.fields) continue;
      const guess = closest(key, Object.keys(CONFIG.fields));
      r.error(key, `unknown field${guess ? `; did you mean ${quote(guess)}?` : `; expected "rules" or "settings"`}`);
    }
    for (const id of Object.keys((raw.rules ?? {}) as object)) {
      if (ids.includes(id)) continue;
      const guess = closest(id, ids);
      r.error(`rules.${id}`, `unknown rule${guess ? `; did you mean ${quote(guess)}?` : ''}`);
    }
    return read;
  };
  const settings: Hook = (read, _raw, path) => {
    for (const key of Object.keys(read)) if (!(key in SETTINGS.fields)) r.error(`${path}.${key}`, 'unknown setting; expected maxRankIn or hotQps');
    return read;
  };
  const read = readObject(r, CONFIG, input, '$', new Map<object, Hook>([[CONFIG, top], [SETTINGS, settings]]));
  const errors = r.issues.filter((i) => i.severity === 'error');
  if (errors.length || !read) return { ok: false, errors };
  return { ok: true, config: { rules: (read.rules ?? {}) as Record<string, RuleLevel>, settings: (read.settings ?? {}) as DesignSettings } };
}

/** The design with the config's settings as defaults: a design's own settings win. */
export function withConfigSettings(design: Design, config: LintConfig): Design {
  if (!Object.keys(config.settings).length) return design;
  return { ...design, settings: { ...config.settings, ...design.settings } };
}

/** Findings with the config's severities; rules set to "off" are left out and counted. */
export function applyRuleLevels(result: LintResult, config: LintConfig): LintResult & { offByConfig: number } {
  let offByConfig = 0;
  const findings: Finding[] = [];
  for (const f of result.findings) {
    const level = config.rules[f.ruleId];
    if (level === 'off') offByConfig++;
    else findings.push(level ? { ...f, severity: level === 'warn' ? 'warning' : 'error' } : f);
  }
  return { ...result, findings: findings.sort(compareFindings), offByConfig };
}
