import templates from 'virtual:mlsd-templates';
import { closest } from '../core/catalog';
import { restore, serialize } from '../core/document';
import { writeOutput } from './export-command';
import { EXIT, type Io } from './io';
import type { Values } from './options';

interface Listed {
  id: string;
  title: string;
  task: string;
  /** A "spot the flaws" variant: the rule ids it is known to trigger. */
  expectedFindings?: string[];
}

/** Template metadata as the template files themselves state it. */
function listTemplates(): Listed[] {
  return Object.entries(templates)
    .map(([id, raw]) => {
      const file = raw as { title?: string; template?: { task?: string }; expectedFindings?: unknown[] };
      const expected = file.expectedFindings?.map((e) => (typeof e === 'string' ? e : String((e as { rule?: string }).rule)));
      return { id, title: file.title ?? id, task: file.template?.task ?? '', ...(expected && { expectedFindings: expected }) };
    })
    .sort((a, b) => Number(!!a.expectedFindings) - Number(!!b.expectedFindings) || a.id.localeCompare(b.id));
}

/** `mlsd templates`: the reference designs, then the "spot the flaws" variants. */
export function templatesCommand(values: Values, io: Io): number {
  const list = listTemplates();
  if (values.format === 'json') {
    io.stdout(JSON.stringify(list, null, 2) + '\n');
    return EXIT.ok;
  }
  const width = Math.max(...list.map((t) => t.id.length));
  const rows = list.map((t) => `${t.id.padEnd(width)}  ${t.title}${t.task ? ` — ${t.task}` : ''}${t.expectedFindings ? ` (spot the flaws: ${t.expectedFindings.length})` : ''}`);
  io.stdout(rows.join('\n') + '\n');
  return EXIT.ok;
}

/** `mlsd new --template ID [-o FILE]`: a template as a new design of the user's own. */
export function newCommand(values: Values, io: Io): number {
  const id = values.template as string;
  const raw = templates[id];
  if (!raw) {
    const guess = closest(id, Object.keys(templates));
    io.stderr(`mlsd: no template "${id}"${guess ? `; did you mean "${guess}"?` : ''} (mlsd templates lists them)\n`);
    return EXIT.unusable;
  }
  const result = restore(raw);
  if (!result.ok) throw new Error(`template ${id} is not a valid design: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  // The gallery's metadata describes the template, not the user's new design.
  const { template: _template, expectedFindings: _expected, ...extra } = result.design.extra ?? {};
  const design = { ...result.design, ...(Object.keys(extra).length ? { extra } : { extra: undefined }) };
  const output = values.output;
  if (typeof output === 'string' && output !== '-' && io.exists(output) && !values.force) {
    io.stderr(`mlsd: ${output} exists; use --force to overwrite it\n`);
    return EXIT.unusable;
  }
  return writeOutput(values, serialize(design), io);
}
