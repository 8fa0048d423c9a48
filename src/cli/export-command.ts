import { toJsonFile, toMarkdown, toMermaid, toSvg } from '../core/export';
import { layoutForExport } from '../core/layout';
import { lint } from '../core/lint';
import type { Design } from '../core/document/types';
import { choice, type CommandLine, rejectUnknown, UsageError } from './args';
import { EXIT, type Io } from './io';
import { describeProblem, readDesignFile } from './read';

const FORMATS = ['json', 'mermaid', 'markdown', 'svg'] as const;

async function svg(design: Design, line: CommandLine): Promise<string> {
  const direction = choice(line.options, 'direction', ['right', 'down'] as const, 'right');
  const theme = choice(line.options, 'theme', ['light', 'dark'] as const, 'light');
  // elk.bundled.js runs ELK in this thread: fine for a one-off export, and it needs no worker.
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  const layout = await layoutForExport(design, new ELK(), {
    direction: direction === 'down' ? 'DOWN' : 'RIGHT',
    lanes: line.options.lanes === true,
    relayout: line.options.relayout === true,
  });
  return toSvg(design, layout, { theme, findings: line.options.findings ? lint(design).findings : undefined });
}

/** `mlsd export FILE --format json|mermaid|markdown|svg [-o OUT]`: the serializers the app uses. */
export async function exportCommand(line: CommandLine, io: Io): Promise<number> {
  rejectUnknown(line.options, ['format', 'output', 'theme', 'direction', 'lanes', 'relayout', 'findings', 'no-groups']);
  if (line.options.format === undefined) throw new UsageError(`export needs --format (${FORMATS.join(', ')})`);
  const format = choice(line.options, 'format', FORMATS, 'json');
  if (line.files.length !== 1) throw new UsageError(`export takes one design file, got ${line.files.length}`);
  const [file] = line.files;

  const read = readDesignFile(file, io);
  if (!read.ok) {
    io.stderr(read.problems.map((p) => describeProblem(file, p)).join('\n') + '\n');
    return EXIT.unusable;
  }
  const design = read.design;
  const text =
    format === 'json'
      ? toJsonFile(design)
      : format === 'mermaid'
        ? toMermaid(design, { groupBy: line.options['no-groups'] ? 'none' : 'category' })
        : format === 'markdown'
          ? toMarkdown(design)
          : await svg(design, line);

  const output = line.options.output;
  if (typeof output === 'string' && output !== '-') {
    try {
      io.writeFile(output, text);
    } catch (e) {
      io.stderr(`${output}: cannot write: ${(e as Error).message}\n`);
      return EXIT.unusable;
    }
  } else io.stdout(text);
  return EXIT.ok;
}
