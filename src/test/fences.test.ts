import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer fences of eslint.config.js, tried on imports that cross them. Each case lints a
 * one-line file placed in a layer; the wrong-way imports must be errors and the right-way ones not.
 */
const eslint = new ESLint();

async function errorsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const wrongWay: [string, string, RegExp][] = [
  ['src/core/lint/rules/x.ts', "import { useEditor } from '../../../state/store';", /src\/core must not import/],
  ['src/core/lint/x.ts', "import { exportPng } from '../../export/png';", /src\/core must not import/],
  ['src/core/x.ts', "import { create } from 'zustand';", /free of React/],
  ['src/core/graph/x.ts', "import { readFileSync } from 'node:fs';", /no Node built-ins/],
  ['src/state/x.ts', "import { Canvas } from '../canvas/Canvas';", /src\/state must not import/],
  ['src/state/commands/x.ts', "import { Toolbar } from '../../panels/Toolbar';", /src\/state must not import/],
  ['src/panels/x.tsx', "import { Canvas } from '../canvas/Canvas';", /src\/panels must not import/],
  ['src/panels/x.tsx', "import { exportPng } from '../export/png';", /src\/panels must not import/],
  ['src/canvas/x.tsx', "import { Palette } from '../panels/Palette';", /src\/canvas must not import/],
  ['src/export/x.ts', "import { App } from '../app/App';", /src\/export must not import/],
  ['src/cli/x.ts', "import { useEditor } from '../state/store';", /src\/cli must not import/],
  ['src/server/x.ts', "import { main } from '../cli/main';", /src\/server must not import/],
];

const rightWay: [string, string][] = [
  ['src/core/lint/x.ts', "import { toSvg } from '../export/svg';"],
  ['src/core/lint/x.test.ts', "import { readFileSync } from 'node:fs';"],
  ['src/state/x.ts', "import { lint } from '../core/lint';"],
  ['src/panels/x.tsx', "import { useEditor } from '../state/store';"],
  ['src/canvas/x.tsx', "import { useEditor } from '../state/store';"],
  ['src/export/x.ts', "import { workerElk } from '../state/layout/layoutClient';"],
  ['src/app/x.tsx', "import { Canvas } from '../canvas/Canvas';"],
  ['src/cli/x.ts', "import { lint } from '../core/lint';"],
];

// Loading ESLint and typescript-eslint takes seconds on a busy machine: the first case pays for it.
describe('layer fences', { timeout: 60_000 }, () => {
  it.each(wrongWay)('%s: %s is refused', async (file, code, message) => {
    const errors = await errorsOf(file, code);
    expect(errors.length, `${file} ${code}`).toBe(1);
    expect(errors[0]).toMatch(message);
  });

  it.each(rightWay)('%s: %s is allowed', async (file, code) => {
    expect(await errorsOf(file, code)).toEqual([]);
  });
});
