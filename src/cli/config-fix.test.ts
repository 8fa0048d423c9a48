import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, serialize } from '../core/document';
import type { JsonFileReport } from './lint-command';
import { builtCli, fixtures, type Run } from './testing';

let cli: Awaited<ReturnType<typeof builtCli>>;
beforeAll(async () => {
  cli = await builtCli();
}, 60_000);

const withError = () => JSON.parse(readFileSync(join(fixtures, 'with-error.json'), 'utf8'));

/** A temporary repository: files by relative path. */
function repo(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-repo-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
const findings = (r: Run) => (JSON.parse(r.stdout) as JsonFileReport[])[0].findings;

const SLOW = { timeout: 30_000 };

describe('mlsd.config.json', SLOW, () => {
  it('is found above the design and sets rule severities; lint.off still applies', async () => {
    const design = { ...withError(), lint: { off: { 'no-online-experiment': 'shadow launch only' } } };
    const dir = repo({
      'mlsd.config.json': { rules: { 'missing-monitoring': 'warn', 'missing-latency-figure': 'off' } },
      'designs/team/a.json': design,
    });
    const r = await cli(['lint', '--format', 'json', 'designs/team/a.json'], dir);
    expect(r.code).toBe(0);
    expect(findings(r)).toContainEqual(expect.objectContaining({ rule: 'missing-monitoring', severity: 'warning' }));
    expect(findings(r).map((f) => f.rule)).not.toContain('no-online-experiment');
    expect(findings(r).map((f) => f.rule)).not.toContain('missing-latency-figure');
  });

  it('sets design settings, which a design\'s own settings override', async () => {
    const design = withError();
    design.nodes[0].props = { ...design.nodes[0].props, qps: 50 };
    const dir = repo({ 'cfg.json': { settings: { hotQps: 10 } }, 'a.json': design, 'b.json': { ...design, settings: { hotQps: 100 } } });
    const [a, b] = await Promise.all(['a.json', 'b.json'].map((f) => cli(['lint', '--format', 'json', '--config', 'cfg.json', f], dir)));
    expect(findings(a).map((f) => f.rule)).toContain('cache-on-hot-path');
    expect(findings(b).map((f) => f.rule)).not.toContain('cache-on-hot-path');
  });

  it.each([
    [{ rules: { 'missing-monitorin': 'off' } }, 'mlsd.config.json: rules.missing-monitorin: unknown rule; did you mean "missing-monitoring"?'],
    [{ rules: { 'missing-monitoring': 'warning' } }, 'mlsd.config.json: rules.missing-monitoring: unknown value string "warning"; did you mean "warn"?'],
    [{ settings: { hotQps: 'high' } }, 'mlsd.config.json: settings.hotQps: expected a number ≥ 0, got string "high"'],
    [{ rulez: {} }, 'mlsd.config.json: rulez: unknown field; did you mean "rules"?'],
    ['{ "rules": ', 'mlsd.config.json: not valid JSON'],
  ])('refuses a bad config with exit 2 naming the JSON path: %j', async (config, message) => {
    const dir = repo({ 'mlsd.config.json': config, 'a.json': withError() });
    const r = await cli(['lint', 'a.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, message));
  });
});

describe('mlsd lint --fix', SLOW, () => {
  it('applies the quick fixes, writes the file as the app saves it (unknown fields kept) and reports what remains', async () => {
    const design = { ...withError(), reviewer: 'ana', nodes: withError().nodes.map((n: object, i: number) => (i ? n : { ...n, color: 'teal' })) };
    const dir = repo({ 'a.json': design });
    const r = await cli(['lint', '--fix', 'a.json'], dir);
    const text = readFileSync(join(dir, 'a.json'), 'utf8');
    const fixed = parseDesign(text);
    expect(fixed.ok).toBe(true);
    if (!fixed.ok) return;
    expect(text).toBe(serialize(fixed.design));
    expect(fixed.design.extra).toEqual({ reviewer: 'ana' });
    expect(fixed.design.nodes[0].extra).toEqual({ color: 'teal' });
    expect(fixed.design.nodes.map((n) => n.kind)).toEqual(expect.arrayContaining(['prediction-log', 'drift-monitor', 'alerting', 'experiment-service']));
    expect(r.stdout).not.toContain('missing-monitoring');
    expect(r.stdout).toMatch(/\d+ quick fix(es)? applied/);
    const again = await cli(['lint', '--format', 'json', 'a.json'], dir);
    expect(findings(again).filter((f) => f.rule === 'missing-monitoring')).toEqual([]);
  });

  it('with --fix-dry-run prints the fixed design and leaves the file alone', async () => {
    const dir = repo({ 'a.json': withError() });
    const before = readFileSync(join(dir, 'a.json'), 'utf8');
    const r = await cli(['lint', '--fix-dry-run', 'a.json'], dir);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(before);
    const printed = parseDesign(r.stdout);
    expect(printed.ok && printed.design.nodes.some((n) => n.kind === 'drift-monitor')).toBe(true);
    expect(r.stderr).toContain('quick fix');
  });

  it('ends on every flawed template, and the fixes leave no error a fix could remove', async () => {
    const names = ['flaws-news-feed', 'flaws-fraud', 'flaws-ads', 'flaws-search', 'flaws-latency'];
    const dir = repo(Object.fromEntries(names.map((n) => [`${n}.json`, readFileSync(join(fixtures, `../../../../templates/${n}.json`), 'utf8')])));
    const r = await cli(['lint', '--fix', '--format', 'json', ...names.map((n) => `${n}.json`)], dir);
    expect(r.code).toBeLessThan(2);
    const reports = JSON.parse(r.stdout) as JsonFileReport[];
    expect(reports.map((x) => x.file)).toEqual(names.map((n) => `${n}.json`));
    for (const report of reports) expect(report.findings.map((f) => f.rule)).not.toContain('temporal-leakage');
  });
});
