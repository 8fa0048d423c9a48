import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv4 from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../core/lint/rules';
import { builtCli, fixtures, type Run } from './testing';

let cli: Awaited<ReturnType<typeof builtCli>>;
beforeAll(async () => {
  cli = await builtCli();
}, 60_000);
const mlsd = (...args: string[]): Promise<Run> => cli(args);

// The OASIS SARIF 2.1.0 schema (oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json), kept as a fixture: no network in tests.
const sarifSchema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8'));
const validateSarif = new Ajv4({ allErrors: true, strict: false, validateFormats: false }).compile(sarifSchema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } }; results: SarifResult[]; invocations: { executionSuccessful: boolean }[] }[];
}

const SLOW = { timeout: 30_000 };

describe('mlsd lint --format sarif', SLOW, () => {
  it('writes a SARIF 2.1.0 log that the OASIS schema accepts, with rule docs and located results', async () => {
    const { code, stdout } = await mlsd('lint', '--format', 'sarif', 'with-error.json', 'clean.json');
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as SarifLog;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    const result = run.results.find((r) => r.ruleId === 'missing-monitoring')!;
    expect(result).toMatchObject({ level: 'error', message: { text: 'Model server is served but no drift monitor watches its inputs or outputs.' } });
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'with-error.json' }, region: { startLine: 7, startColumn: 5 } });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('missing-monitoring');
    expect(run.tool.driver.rules[result.ruleIndex].help.text).toContain('Why:');
    expect(run.results.find((r) => r.ruleId === 'no-online-experiment')?.level).toBe('warning');
  });

  it('keeps a finding\'s fingerprint when unrelated parts of the file change, and reports unreadable files as failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-sarif-'));
    const original = JSON.parse(readFileSync(join(fixtures, 'with-error.json'), 'utf8'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify(original, null, 2));
    const edited = { ...original, title: 'Renamed', nodes: [{ id: 'notes', kind: 'metrics-dashboard' }, ...original.nodes] };
    writeFileSync(join(dir, 'b.json'), JSON.stringify(edited, null, 2));
    const [a, b] = await Promise.all(['a.json', 'b.json'].map((f) => cli(['lint', '--format', 'sarif', f], dir)));
    const find = (r: Run) => (JSON.parse(r.stdout) as SarifLog).runs[0].results.find((x) => x.ruleId === 'missing-monitoring')!;
    expect(find(b).locations[0].physicalLocation.region.startLine).not.toBe(find(a).locations[0].physicalLocation.region.startLine);
    expect(find(b).partialFingerprints).toEqual(find(a).partialFingerprints);

    const broken = await mlsd('lint', '--format', 'sarif', 'unknown-kind.json');
    expect(broken.code).toBe(2);
    const log = JSON.parse(broken.stdout) as SarifLog;
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
  });
});

describe('mlsd lint: CI options', SLOW, () => {
  it('prints GitHub workflow annotations with file, line and column', async () => {
    const { code, stdout } = await mlsd('lint', '--format', 'github', 'with-error.json');
    expect(code).toBe(1);
    expect(stdout.split('\n')).toContain('::error file=with-error.json,line=7,col=5,title=missing-monitoring::Model server is served but no drift monitor watches its inputs or outputs.');
    expect(stdout).toMatch(/^::warning file=with-error\.json,line=\d+,col=\d+,title=no-online-experiment::/m);
  });

  it('fails past --max-warnings and hides warnings with --quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-warn-'));
    const design = JSON.parse(readFileSync(join(fixtures, 'with-error.json'), 'utf8'));
    design.lint = { off: { 'missing-monitoring': 'a demo' } };
    writeFileSync(join(dir, 'warns.json'), JSON.stringify(design));
    const [loose, strict, quiet] = await Promise.all([
      cli(['lint', 'warns.json', '--max-warnings', '5'], dir),
      cli(['lint', 'warns.json', '--max-warnings', '0'], dir),
      cli(['lint', 'warns.json', '--quiet'], dir),
    ]);
    expect(loose.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('more than --max-warnings 0');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('warning');
    const bad = await cli(['lint', 'warns.json', '--max-warnings', 'many'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings must be a whole number');
  });

  it('writes the report to -o FILE and nothing to stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlsd-out-')), 'report.json');
    const { code, stdout } = await mlsd('lint', 'with-error.json', '--format', 'json', '-o', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].file).toBe('with-error.json');
  });
});
