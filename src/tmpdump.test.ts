import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseDesign } from './core/document';
import { lint } from './core/lint';
it('dump', () => {
  for (const f of readdirSync('templates')) {
    const r = parseDesign(readFileSync('templates/' + f, 'utf8'));
    if (!r.ok) continue;
    for (const x of lint(r.design).findings) console.log(`${f} ${x.severity} ${x.ruleId}: ${x.message} [${x.nodeIds}]`);
  }
});
