import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtures, root } from './testing';

const run = promisify(execFile);
const npm = (args: string[], cwd: string) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 << 20 });

/** Runs npx mlsd in the project and returns its exit code and output, failing or not. */
async function npxMlsd(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['--no-install', 'mlsd', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

// npm pack builds the CLI (prepack) and the install resolves from the npm cache: slow, so one test.
describe('the npm package', { timeout: 240_000 }, () => {
  it('installs into an empty project where npx mlsd lints and exports with no dev dependencies and no TypeScript', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mlsd-pack-'));
    const { stdout } = await npm(['pack', '--pack-destination', work, '--json'], root);
    const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('dist-cli/mlsd.js');
    expect(paths).toContain('public/schema/design.v1.json');
    expect(paths.filter((p) => /\.tsx?$/.test(p))).toEqual([]);

    const project = join(work, 'project');
    await run('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'designs', version: '1.0.0', private: true }));
    await npm(['install', '--prefer-offline', '--omit=dev', join(work, packed.filename)], project);
    const installed = readdirSync(join(project, 'node_modules'));
    expect(installed).toContain('mlsd-studio');
    for (const dev of ['typescript', 'tsx', 'vite', 'vitest', 'esbuild', 'jsonc-parser']) expect(installed).not.toContain(dev);
    expect(existsSync(join(project, 'node_modules/mlsd-studio/src'))).toBe(false);

    copyFileSync(join(fixtures, 'with-error.json'), join(project, 'design.json'));
    const lint = await npxMlsd(['lint', 'design.json'], project);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/design\.json:7:5 +srv +error .* missing-monitoring/);
    const mermaid = await npxMlsd(['export', 'design.json', '--format', 'mermaid'], project);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout.startsWith('flowchart LR\n')).toBe(true);
    const svg = await npxMlsd(['export', 'design.json', '--format', 'svg', '-o', 'design.svg'], project);
    expect(svg.code).toBe(0);
    expect(existsSync(join(project, 'design.svg'))).toBe(true);
  });
});
