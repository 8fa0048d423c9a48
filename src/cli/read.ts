import { parseDesign, type RestoreResult } from '../core/document';
import type { Design, ReadIssue } from '../core/document/types';
import { extractDesignFromSvg, looksLikeSvg } from '../core/export';
import type { Io } from './io';

export type ReadResult = { ok: true; design: Design; text: string; isSvg: boolean } | { ok: false; problems: ReadIssue[] };

/** Adds line and column to a JSON syntax error that only gives a character offset (Node 20's message). */
export function withLineColumn(message: string, text: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return `${message} (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

/** Reads a text file, or says why not in words a user understands. */
export function readText(path: string, io: Io): { ok: true; text: string } | { ok: false; problems: ReadIssue[] } {
  try {
    return { ok: true, text: io.readFile(path) };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const reason = error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory, not a file' : error.message;
    return { ok: false, problems: [{ path: '$', message: `cannot read: ${reason}`, severity: 'error' }] };
  }
}

/** Reads a design file, or an SVG exported by MLSD Studio (the design is embedded in it). */
export function readDesignFile(path: string, io: Io): ReadResult {
  const read = readText(path, io);
  if (!read.ok) return read;
  const { text } = read;
  const isSvg = looksLikeSvg(path, text);
  const result: RestoreResult = isSvg ? extractDesignFromSvg(text) : parseDesign(text);
  if (result.ok) return { ok: true, design: result.design, text, isSvg };
  return { ok: false, problems: result.errors.map((p) => ({ ...p, message: withLineColumn(p.message, text) })) };
}

/** `design.json: nodes[3].kind: unknown kind "feature-stor"; did you mean "feature-store"?` */
export function describeProblem(file: string, problem: ReadIssue): string {
  return problem.path === '$' || problem.path === '' ? `${file}: ${problem.message}` : `${file}: ${problem.path}: ${problem.message}`;
}
