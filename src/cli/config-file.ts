import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, type LintConfig, readConfig } from '../core/config';
import type { ReadIssue } from '../core/document/types';
import type { Io } from './io';
import { readText, withLineColumn } from './read';

export type FoundConfig = { ok: true; path?: string; config: LintConfig } | { ok: false; path: string; problems: ReadIssue[] };

const EMPTY: LintConfig = { rules: {}, settings: {} };

/** Reads and checks one config file. */
export function loadConfig(path: string, io: Io): FoundConfig {
  const read = readText(path, io);
  if (!read.ok) return { ok: false, path, problems: read.problems };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    return { ok: false, path, problems: [{ path: '$', message: `not valid JSON: ${withLineColumn((e as Error).message, read.text)}`, severity: 'error' }] };
  }
  const result = readConfig(json);
  return result.ok ? { ok: true, path, config: result.config } : { ok: false, path, problems: result.errors };
}

/** The nearest mlsd.config.json in the design's folder or above it, as ESLint finds its config. */
export function findConfig(designPath: string, io: Io, cache = new Map<string, FoundConfig>()): FoundConfig {
  const seen: string[] = [];
  for (let dir = dirname(resolve(designPath)); ; dir = dirname(dir)) {
    const hit = cache.get(dir);
    const found = hit ?? (io.exists(join(dir, CONFIG_FILE)) ? loadConfig(join(dir, CONFIG_FILE), io) : undefined);
    seen.push(dir);
    if (found || dirname(dir) === dir) {
      const result = found ?? { ok: true, config: EMPTY };
      for (const d of seen) cache.set(d, result);
      return result;
    }
  }
}
