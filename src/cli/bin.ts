import { run } from './main';

// The entry of the built CLI (dist-cli/mlsd.js): bin/mlsd.js imports it.
try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  console.error(`mlsd: internal error: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 2;
}
