import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from './migrations';

describe('migrations', () => {
  it('every migration has a test of its own (meta-test)', () => {
    const tests = readFileSync(new URL('./migrations.test.ts', import.meta.url), 'utf8');
    for (const m of MIGRATIONS) expect(tests, `migration "${m.name}" has no test`).toContain(`'${m.name}'`);
  });

  it('runs the steps in order from the file version to the newest', () => {
    const steps = [
      { name: 'rename-nodes-to-components', from: 1, up: (d: Record<string, unknown>) => ({ ...d, components: d.nodes }) },
      { name: 'add-settings', from: 2, up: (d: Record<string, unknown>) => ({ ...d, settings: {} }) },
    ];
    expect(runMigrations({ version: 1, nodes: [1] }, 1, steps)).toEqual({ version: 3, nodes: [1], components: [1], settings: {} });
    expect(runMigrations({ version: 2, nodes: [] }, 2, steps)).toEqual({ version: 3, nodes: [], settings: {} });
    expect(runMigrations({ version: 3 }, 3, steps)).toEqual({ version: 3 });
  });
});
