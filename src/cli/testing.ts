import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const fixtures = join(root, 'src/core/testing/fixtures');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Builds the CLI the way the package ships it (into a folder of this test file's own, so test files
 * running in parallel do not race) and returns a function that spawns it as a user would.
 */
export async function builtCli(): Promise<(args: string[], cwd?: string) => Promise<Run>> {
  const entry = join(await buildCli({ outdir: mkdtempSync(join(tmpdir(), 'mlsd-cli-')) }), 'mlsd.js');
  return (args, cwd = fixtures) =>
    new Promise((done) => {
      execFile('node', [entry, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
}
