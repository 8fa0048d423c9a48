/**
 * Format migrations (after tldraw): each step takes a file of version `from` to `from + 1`.
 * Format 1 is the first published version, so the list is empty; a later format adds a step
 * here with a test (the meta-test in migrations.test.ts fails for a step without one).
 */
export interface Migration {
  name: string;
  from: number;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

export function runMigrations(doc: Record<string, unknown>, version: number, steps: readonly Migration[]): Record<string, unknown> {
  let out = doc;
  for (let v = version; ; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) return out;
    out = { ...step.up(out), version: v + 1 };
  }
}

export function migrate(doc: Record<string, unknown>, version: number): Record<string, unknown> {
  return runMigrations(doc, version, MIGRATIONS);
}
