import { toJsonFile, toMarkdown, toMermaid, toSvg } from '../core/export';
import { layoutForExport } from '../core/layout';
import { lint } from '../core/lint';
import type { Design } from '../core/document/types';
import { EXIT, type Io } from './io';
import type { Values } from './options';
import { describeProblem, readDesignFile } from './read';

async function svg(design: Design, values: Values): Promise<string> {
  // elk.bundled.js runs ELK in this thread: fine for a one-off export, and it needs no worker.
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  const layout = await layoutForExport(design, new ELK(), {
    direction: values.direction === 'down' ? 'DOWN' : 'RIGHT',
    lanes: values.lanes === true,
    relayout: values.relayout === true,
  });
  return toSvg(design, layout, { theme: values.theme === 'dark' ? 'dark' : 'light', findings: values.findings ? lint(design).findings : undefined });
}

/** Writes to -o FILE, or to standard output; says so when the file cannot be written. */
export function writeOutput(values: Values, text: string, io: Io): number {
  const output = values.output;
  if (typeof output !== 'string' || output === '-') {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    io.writeFile(output, text);
    return EXIT.ok;
  } catch (e) {
    io.stderr(`${output}: cannot write: ${(e as Error).message}\n`);
    return EXIT.unusable;
  }
}

/** `mlsd export FILE --format json|mermaid|markdown|svg [-o OUT]`: the serializers the app uses. */
export async function exportCommand([file]: string[], values: Values, io: Io): Promise<number> {
  const read = readDesignFile(file, io);
  if (!read.ok) {
    io.stderr(read.problems.map((p) => describeProblem(file, p)).join('\n') + '\n');
    return EXIT.unusable;
  }
  const design = read.design;
  const format = values.format;
  const text =
    format === 'json'
      ? toJsonFile(design)
      : format === 'mermaid'
        ? toMermaid(design, { groupBy: values['no-groups'] ? 'none' : 'category' })
        : format === 'markdown'
          ? toMarkdown(design)
          : await svg(design, values);
  return writeOutput(values, text, io);
}
