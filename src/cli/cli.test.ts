import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, serialize } from '../core/document';
import { extractDesignFromSvg } from '../core/export';
import type { JsonFileReport } from './lint-command';
import { builtCli, fixtures, root, type Run } from './testing';

let cli: Awaited<ReturnType<typeof builtCli>>;
beforeAll(async () => {
  cli = await builtCli();
}, 60_000);
/** Runs the built CLI from the fixtures folder, so that paths read as typed. */
const mlsd = (...args: string[]): Promise<Run> => cli(args);

const fixtureText = (name: string) => readFileSync(join(fixtures, name), 'utf8');

// Each test spawns node, which is slow on a busy machine: allow it time rather than fail spuriously.
const SLOW = { timeout: 30_000 };

describe('mlsd lint', SLOW, () => {
  it('exits 0 and says so for a design without problems', async () => {
    const { code, stdout } = await mlsd('lint', 'clean.json');
    expect(code).toBe(0);
    expect(stdout).toContain('no problems');
  });

  it('exits 1 on an error finding, listing nodes, severity, message and rule under the file name', async () => {
    const { code, stdout } = await mlsd('lint', 'with-error.json');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('with-error.json');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}with-error\.json:7:5 +srv +error +Model server is served but no drift monitor .* +missing-monitoring$/));
    expect(stdout).toMatch(/✖ \d+ problems \(1 error, \d+ warnings?, \d+ infos?\)/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 0 when the only error is turned off in lint.off, and counts what it hid', async () => {
    const { code, stdout } = await mlsd('lint', 'turned-off.json');
    expect(code).toBe(0);
    expect(stdout).not.toContain('missing-monitoring');
    expect(stdout).toContain('1 finding turned off in lint.off');
  });

  it('exits 2 when a file is not valid JSON, naming the file and where', async () => {
    const { code, stderr } = await mlsd('lint', 'bad-json.json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^bad-json\.json: not valid JSON: .*line 6/);
  });

  it('exits 2 on an unknown kind, naming the file, the JSON path and the likely kind', async () => {
    const { code, stderr } = await mlsd('lint', 'unknown-kind.json');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('unknown-kind.json: nodes[3].kind: unknown kind "feature-stor"; did you mean "feature-store"?');
  });

  it('exits 2 for a missing file but still lints the others', async () => {
    const { code, stdout, stderr } = await mlsd('lint', 'with-error.json', 'no-such-design.json');
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-design.json: cannot read: no such file');
    expect(stdout).toContain('missing-monitoring');
  });

  it('prints exactly one JSON array with counts and findings per file', async () => {
    const { code, stdout } = await mlsd('lint', '--format', 'json', 'clean.json', 'with-error.json');
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as JsonFileReport[];
    expect(reports.map((r) => r.file)).toEqual(['clean.json', 'with-error.json']);
    expect(reports[0]).toMatchObject({ errors: 0, warnings: 0, findings: [] });
    const withError = reports[1];
    expect(withError.errors).toBe(1);
    expect(withError.warnings).toBe(withError.findings.filter((f) => f.severity === 'warning').length);
    expect(withError.findings).toContainEqual({
      rule: 'missing-monitoring',
      severity: 'error',
      message: 'Model server is served but no drift monitor watches its inputs or outputs.',
      nodes: ['srv'],
      edges: [],
      line: 7,
      column: 5,
    });
  });

  it('reports an unreadable file in JSON mode as an entry with the path problem, and exits 2', async () => {
    const { code, stdout, stderr } = await mlsd('lint', '--format=json', 'unknown-kind.json', 'clean.json');
    expect(code).toBe(2);
    expect(stderr).toBe('');
    const [broken, clean] = JSON.parse(stdout) as JsonFileReport[];
    expect(broken.error).toBe('unknown-kind.json: nodes[3].kind: unknown kind "feature-stor"; did you mean "feature-store"?');
    expect(broken.problems).toEqual([{ path: 'nodes[3].kind', message: 'unknown kind "feature-stor"; did you mean "feature-store"?' }]);
    expect(clean.file).toBe('clean.json');
  });

  it('rejects an unknown output format with usage and exit 2', async () => {
    const { code, stderr } = await mlsd('lint', '--format', 'xml', 'clean.json');
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be one of stylish, text, json, sarif, github; got "xml"');
  });
});

describe('mlsd export', SLOW, () => {
  it('writes the design file itself as json', async () => {
    const { code, stdout } = await mlsd('export', 'clean.json', '--format', 'json');
    expect(code).toBe(0);
    const parsed = parseDesign(fixtureText('clean.json'));
    expect(stdout).toBe(parsed.ok && serialize(parsed.design));
  });

  it('writes a Mermaid flowchart', async () => {
    const { code, stdout } = await mlsd('export', 'clean.json', '--format', 'mermaid');
    expect(code).toBe(0);
    expect(stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(stdout).toContain('Ticket classifier');
  });

  it('writes a Markdown design document', async () => {
    const { code, stdout } = await mlsd('export', 'with-error.json', '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout.startsWith('# Unmonitored model server\n')).toBe(true);
    expect(stdout).toContain('```mermaid\nflowchart LR');
    expect(stdout).toContain('`missing-monitoring`');
  });

  it('writes an SVG with every label and the design embedded, to a file with -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlsd-')), 'clean.svg');
    const { code, stdout } = await mlsd('export', 'clean.json', '--format', 'svg', '--theme', 'dark', '--direction', 'down', '-o', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg /);
    for (const label of ['New ticket', 'Ticket classifier', 'Feature store', 'Drift monitor']) expect(svg).toContain(label);
    const back = extractDesignFromSvg(svg);
    const original = parseDesign(fixtureText('clean.json'));
    expect(back.ok && back.design).toEqual(original.ok && original.design);

    const relinted = await mlsd('lint', out);
    expect(relinted.code).toBe(0);
  });

  it('escapes special characters in SVG text', async () => {
    const { code, stdout } = await mlsd('export', 'special-characters.json', '--format', 'svg', '--lanes', '--findings');
    expect(code).toBe(0);
    expect(stdout).toContain('Ranker &quot;v2&quot; [beta] &lt;b&gt;&amp;&lt;/b&gt; #1 | 🚀');
    const drawing = stdout.replace(/<metadata>[\s\S]*<\/metadata>/, '');
    expect(drawing).not.toContain('<b>');
    expect(stdout).toContain('class="finding-badge');
  });

  it('exits 2 with the JSON path when the design is invalid', async () => {
    const { code, stdout, stderr } = await mlsd('export', 'unknown-kind.json', '--format', 'mermaid');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown-kind.json: nodes[3].kind: unknown kind "feature-stor"');
  });

  it('insists on a format', async () => {
    const { code, stderr } = await mlsd('export', 'clean.json');
    expect(code).toBe(2);
    expect(stderr).toContain('export needs --format (json, mermaid, markdown, svg)');
  });
});

describe('mlsd', SLOW, () => {
  it('prints help and the version', async () => {
    const [help, version, versionCommand] = await Promise.all([mlsd('--help'), mlsd('--version'), mlsd('version')]);
    expect(versionCommand.stdout).toBe(version.stdout);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: mlsd <command>');
    for (const option of ['--max-warnings N', '--fix-dry-run', '--config FILE', '--template ID']) expect(help.stdout).toContain(option);
    const lintHelp = await mlsd('lint', '--help');
    expect(lintHelp.stdout).toContain('Usage: mlsd lint FILE… [options]');
    expect(lintHelp.stdout).not.toContain('--theme');
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('prints the JSON Schema the repository publishes', async () => {
    const { code, stdout } = await mlsd('schema');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(root, 'public/schema/design.v1.json'), 'utf8'));
  });

  it('refuses an unknown option, naming it', async () => {
    const { code, stderr } = await mlsd('lint', '--frobnicate', 'clean.json');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--frobnicate'");
  });

  it('answers an unknown command or no command with usage and exit 2', async () => {
    const [unknown, none] = await Promise.all([mlsd('frobnicate'), mlsd()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(unknown.stderr).toContain('Usage: mlsd');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: mlsd');
  });
});
