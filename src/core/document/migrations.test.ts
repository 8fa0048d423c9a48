import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, runMigrations } from './migrations';
import { CURRENT_VERSION } from './types';

/**
 * One case per migration step, keyed by its name: a file of version `from` and what the step makes
 * of it. A new step without a row here fails the meta-test below.
 */
const CASES: Record<string, { before: Record<string, unknown>; after: Record<string, unknown> }> = {};

describe('migrations', () => {
  it('has one step for every format version below the current one, in order', () => {
    // Bumping CURRENT_VERSION without a step from the previous version fails here.
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });

  it('has a case for every step, and a step for every case (meta-test)', () => {
    expect(Object.keys(CASES).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  });

  for (const m of MIGRATIONS) {
    it(`step ${m.name} turns a version ${m.from} file into version ${m.from + 1}`, () => {
      expect({ ...m.up(CASES[m.name].before), version: m.from + 1 }).toEqual(CASES[m.name].after);
    });
  }

  it('reads a current file unchanged', () => {
    const doc = { version: CURRENT_VERSION, nodes: [{ id: 'a' }] };
    expect(migrate(doc, CURRENT_VERSION)).toEqual(doc);
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
