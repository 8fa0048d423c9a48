import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, SCHEMA_URL } from '../core/document';
import { builtCli, root } from './testing';

let cli: Awaited<ReturnType<typeof builtCli>>;
beforeAll(async () => {
  cli = await builtCli();
}, 60_000);

const SLOW = { timeout: 30_000 };
const templateFile = (id: string) => JSON.parse(readFileSync(join(root, 'templates', `${id}.json`), 'utf8'));

describe('mlsd templates and mlsd new', SLOW, () => {
  it('lists every template with the title and task its file states', async () => {
    const [text, json] = await Promise.all([cli(['templates']), cli(['templates', '--format', 'json'])]);
    expect(text.code).toBe(0);
    const news = templateFile('news-feed-ranking');
    expect(text.stdout).toMatch(new RegExp(`^news-feed-ranking +${news.title} — ${news.template.task}$`, 'm'));
    const list = JSON.parse(json.stdout) as { id: string; expectedFindings?: string[] }[];
    expect(list.find((t) => t.id === 'flaws-ads')?.expectedFindings).toEqual(templateFile('flaws-ads').expectedFindings.map((f: string | { rule: string }) => (typeof f === 'string' ? f : f.rule)));
    expect(list.length).toBeGreaterThanOrEqual(18);
  });

  it('writes a template as a new design that lints clean and points at the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-new-'));
    const r = await cli(['new', '--template', 'news-feed-ranking', '-o', 'design.json'], dir);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'design.json'), 'utf8');
    const json = JSON.parse(text);
    expect(json.$schema).toBe(SCHEMA_URL);
    expect(json.template).toBeUndefined();
    const design = parseDesign(text);
    expect(design.ok && design.design.nodes.length).toBe(templateFile('news-feed-ranking').nodes.length);
    const lint = await cli(['lint', 'design.json'], dir);
    expect(lint.code).toBe(0);
  });

  it('suggests the template a typo meant, and does not overwrite a file without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-new-'));
    const typo = await cli(['new', '--template', 'news-feed-rankin'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('no template "news-feed-rankin"; did you mean "news-feed-ranking"?');
    writeFileSync(join(dir, 'mine.json'), 'precious');
    const refused = await cli(['new', '-t', 'similar-items', '-o', 'mine.json'], dir);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'mine.json'), 'utf8')).toBe('precious');
    const forced = await cli(['new', '-t', 'similar-items', '-o', 'mine.json', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(parseDesign(readFileSync(join(dir, 'mine.json'), 'utf8')).ok).toBe(true);
  });
});
