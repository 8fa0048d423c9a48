#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so `npx mlsd` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  console.error(`mlsd: internal error: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 2;
}
