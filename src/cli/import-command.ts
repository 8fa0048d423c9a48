import { basename, extname } from 'node:path';
import { getKind, suggestKind } from '../core/catalog';
import { restore, serialize } from '../core/document';
import { designFromFlowchart, isFlowchartText, mermaidHeader, withoutMermaidPreamble } from '../core/import';
import { layoutIfMissing } from '../core/layout';
import { writeOutput } from './export-command';
import { EXIT, type Io } from './io';
import { UsageError, type Values } from './options';
import { readText } from './read';

/** `mlsd import DIAGRAM.mmd [-o FILE] [--unknown-kind KIND]`: a Mermaid flowchart as a design file. */
export async function importCommand([file]: string[], values: Values, io: Io): Promise<number> {
  const unknownKind = values['unknown-kind'] as string | undefined;
  if (unknownKind !== undefined && !getKind(unknownKind)) {
    const guess = suggestKind(unknownKind);
    throw new UsageError(`--unknown-kind: no kind "${unknownKind}"${guess ? `; did you mean "${guess}"?` : ''}`);
  }
  const read = readText(file, io);
  if (!read.ok) {
    io.stderr(`${file}: ${read.problems[0].message}\n`);
    return EXIT.unusable;
  }
  if (!isFlowchartText(read.text)) {
    const firstLine = mermaidHeader(read.text);
    io.stderr(`${file}: not a Mermaid flowchart (expected a first line such as "flowchart LR", got "${firstLine.slice(0, 40)}")\n`);
    return EXIT.unusable;
  }
  // Mermaid's parser is large: it loads only for this command.
  const { parseFlowchart } = await import('../core/import/parse');
  let chart;
  try {
    chart = parseFlowchart(withoutMermaidPreamble(read.text));
  } catch (e) {
    io.stderr(`${file}: Mermaid cannot parse it: ${(e as Error).message}\n`);
    return EXIT.unusable;
  }
  const imported = designFromFlowchart(chart, { title: basename(file, extname(file)), unknownKind });
  if (!imported.ok) {
    const rows = imported.unmatched.map((u) => `  ${u.id} "${u.text.replace(/\n/g, ' ')}": closest kinds ${u.closest.join(', ')}`);
    io.stderr(`${file}: no kind matches ${imported.unmatched.length === 1 ? 'this node' : `these ${imported.unmatched.length} nodes`}; rename them, or pass --unknown-kind KIND:\n${rows.join('\n')}\n`);
    return EXIT.unusable;
  }
  const result = restore(imported.doc);
  if (!result.ok) {
    io.stderr(result.errors.map((e) => `${file}: ${e.path}: ${e.message}`).join('\n') + '\n');
    return EXIT.unusable;
  }
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  const design = await layoutIfMissing(result.design, new ELK());
  return writeOutput(values, serialize(design), io);
}
