import templates from 'virtual:mlsd-templates';
import { closest } from '../core/catalog';
import { serialize } from '../core/document';
import { inGalleryOrder, readTemplate, type Template } from '../core/templates';
import { writeOutput } from './export-command';
import { EXIT, type Io } from './io';
import type { Values } from './options';

/** Every bundled template, read by the one template reader, in the gallery's order. */
const all = (): Template[] => inGalleryOrder(Object.entries(templates).map(([id, raw]) => readTemplate(id, raw)));

/** `mlsd templates`: the reference designs, then the "spot the flaws" variants. */
export function templatesCommand(values: Values, io: Io): number {
  const list = all().map((t) => ({
    id: t.id,
    title: t.title,
    task: t.task,
    ...(t.isFlawVariant && { basedOn: t.basedOn, expectedFindings: t.expectedFindings.map((f) => f.rule) }),
  }));
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
  if (!Object.prototype.hasOwnProperty.call(templates, id)) {
    const guess = closest(id, Object.keys(templates));
    io.stderr(`mlsd: no template "${id}"${guess ? `; did you mean "${guess}"?` : ''} (mlsd templates lists them)\n`);
    return EXIT.unusable;
  }
  const template = readTemplate(id, templates[id]);
  // The gallery's metadata describes the template, not the user's new design.
  const { template: _template, expectedFindings: _expected, ...extra } = template.design.extra ?? {};
  const design = { ...template.design, extra: Object.keys(extra).length ? extra : undefined };
  const output = values.output;
  if (typeof output === 'string' && output !== '-' && io.exists(output) && !values.force) {
    io.stderr(`mlsd: ${output} exists; use --force to overwrite it\n`);
    return EXIT.unusable;
  }
  return writeOutput(values, serialize(design), io);
}
