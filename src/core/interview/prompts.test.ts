import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithReference } from '../compare';
import { restore } from '../document';
import { lint } from '../lint';
import { evaluateChecklist } from './checklist';
import { PROMPTS } from './prompts';
import { EMPTY_REQUIREMENTS } from './requirements';

const file = (id: string) => new URL(`../../../templates/${id}.json`, import.meta.url);

describe('the practice prompts', () => {
  it('cover the common questions of the seeds, each with a brief', () => {
    expect(PROMPTS.map((p) => p.title)).toEqual([
      'News feed',
      'Video recommendations',
      'Search ranking',
      'Ad click prediction',
      'Fraud detection',
      'Content moderation',
      'Email spam detection',
      'Real-time bidding',
      'Email send time',
      'Duplicate listings',
      'Anomaly detection',
      'Similar items',
    ]);
    expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length);
    for (const p of PROMPTS) expect(p.brief.length, p.id).toBeGreaterThan(80);
  });

  it.each(PROMPTS.filter((p) => p.reference).map((p) => [p.id, p.reference!]))('%s names a reference design that reads and matches itself (%s)', (_, reference) => {
    expect(existsSync(file(reference)), `templates/${reference}.json`).toBe(true);
    const read = restore(JSON.parse(readFileSync(file(reference), 'utf8')));
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    const self = compareWithReference(read.design, read.design);
    expect(self.missingKinds).toEqual([]);
    expect(self.missingLoops).toEqual([]);
    // A finished reference shows most of what the checklist can see in a design.
    const auto = evaluateChecklist(read.design, lint(read.design).findings, EMPTY_REQUIREMENTS, {}).filter((e) => e.item.auto && e.item.phase !== 'clarify' && e.item.phase !== 'ml-task');
    expect(auto.filter((e) => e.done).length / auto.length).toBeGreaterThan(0.5);
  });
});
