import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMAT, parseDesign } from '../document';
import { addComment, replyToComment, setCommentResolved } from '../document/comments';
import type { Design } from '../document/types';
import { getRule } from '../lint';
import { design } from '../lint/testing';
import { mdText, toMarkdown } from './markdown';

const fixtures = resolve(fileURLToPath(import.meta.url), '../../testing/fixtures');
function fixture(name: string): Design {
  const result = parseDesign(readFileSync(`${fixtures}/${name}`, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.design;
}

/** The text of one `## ` section, up to the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}" in:\n${markdown}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const outsideMermaid = (markdown: string) => markdown.replace(/```mermaid[\s\S]*?```/, '');

describe('toMarkdown', () => {
  const clean = toMarkdown(fixture('clean.json'));

  it('opens with the title, the description and the size of the design', () => {
    expect(clean.startsWith('# Support ticket triage\n\nClassifies incoming support tickets')).toBe(true);
    expect(clean).toContain('15 components, 17 connections.');
  });

  it('embeds the Mermaid diagram in a fenced block GitHub renders', () => {
    expect(section(clean, 'Diagram')).toMatch(/```mermaid\nflowchart LR\n[\s\S]*n_ticket ==> n_gateway[\s\S]*\n```/);
  });

  it('lists components under the framework stages, in interview order, with the settings the design sets', () => {
    const components = section(clean, 'Components by stage');
    const headings = [...components.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Problem', 'Data', 'Features', 'Training', 'Evaluation', 'Serving and deployment', 'Monitoring and feedback']);
    const serving = components.slice(components.indexOf('### Serving and deployment'), components.indexOf('### Monitoring'));
    expect(serving).toContain('- **Ticket classifier** (Model server)');
    expect(serving).toContain('`latencyMs 30 ms`');
    expect(components.slice(components.indexOf('### Evaluation'))).toMatch(/Offline evaluation[\s\S]*`metrics auc, f1`/);
  });

  it('reports the critical path against the SLO', () => {
    const serving = section(clean, 'Serving path');
    expect(serving).toContain('### New ticket');
    expect(serving).toContain('Critical path: New ticket → API gateway → Ticket classifier');
    expect(serving).toContain('Latency: **40 ms** of the 100 ms SLO: within budget, 60 ms to spare.');
    expect(serving).toContain('Ticket classifier waits on Feature store');
  });

  it('says when the critical path is over budget, using the longest branch and not the sum', () => {
    const overBudget = design(
      {
        req: ['client-request', { sloLatencyMs: 60 }],
        lex: ['lexical-index', { latencyMs: 20 }],
        ann: ['ann-index', { latencyMs: 15 }],
        cg: ['candidate-generation', { latencyMs: 5 }],
        hr: ['heavy-ranker', { latencyMs: 50 }],
      },
      ['req -request-> lex', 'req -request-> ann', 'lex -request-> cg', 'ann -request-> cg', 'cg -request-> hr'],
    );
    const serving = section(toMarkdown(overBudget), 'Serving path');
    expect(serving).toContain('Latency: **75 ms** against the 60 ms SLO: **over budget by 15 ms**.');
  });

  it('shows the candidate funnel of the serving path', () => {
    const serving = section(toMarkdown(fixture('special-characters.json')), 'Serving path');
    expect(serving).toContain('| Stage | In | Out |');
    expect(serving).toMatch(/\| Light \\`ranker\\` \{GBDT\} \| 1,000 \| 200 \|/);
    expect(serving).toMatch(/\| Ranker "v2" .* \| 200 \| 50 \|/);
  });

  it('lists findings by severity, each rule once with why it matters', () => {
    const findings = section(toMarkdown(fixture('with-error.json')), 'Findings');
    expect(findings.indexOf('### Errors')).toBeGreaterThan(0);
    expect(findings.indexOf('### Errors')).toBeLessThan(findings.indexOf('### Warnings'));
    expect(findings).toContain('**`missing-monitoring`** (monitoring)');
    expect(findings).toMatch(/- Model server is served but no drift monitor/);
    expect(findings).toContain(`Why it matters: ${mdText(getRule('missing-monitoring')!.meta.docs.why)}`);
    expect(findings).toContain('An interviewer would ask: *Once it is deployed, how do you know this model still works?*');
    expect(findings.match(/`missing-monitoring`/g)).toHaveLength(1);
  });

  it('names the rules a design turned off, with the reason, and how many findings that hid', () => {
    const d = fixture('with-error.json');
    d.lint = { off: { 'missing-monitoring': 'prototype; monitored by the platform team' } };
    const findings = section(toMarkdown(d), 'Findings');
    expect(findings).not.toContain('**`missing-monitoring`**');
    expect(findings).toContain('### Turned off (1 finding not shown)');
    expect(findings).toContain('- `missing-monitoring`: prototype; monitored by the platform team');
  });

  it('documents every template with all its components and a well-formed Mermaid block', () => {
    const templateDir = resolve(fileURLToPath(import.meta.url), '../../../../templates');
    const templates = existsSync(templateDir) ? readdirSync(templateDir).filter((f) => f.endsWith('.json')) : [];
    for (const file of templates) {
      const result = parseDesign(readFileSync(`${templateDir}/${file}`, 'utf8'));
      if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
      const text = toMarkdown(result.design);
      expect(text.match(/^```/gm), file).toHaveLength(2);
      const listed = section(text, 'Components by stage').match(/^- \*\*/gm) ?? [];
      expect(listed.length, file).toBe(result.design.nodes.length);
    }
  });

  it('escapes labels so they cannot become HTML, links or table cells', () => {
    const text = outsideMermaid(toMarkdown(fixture('special-characters.json')));
    expect(text).toContain('# Feed \\<ranking\\> & "friends" \\#2');
    expect(text).not.toMatch(/<b>|<\/b>/);
    expect(text).toContain('Ranker "v2" \\[beta\\] \\<b\\>&\\</b\\> \\#1 \\| 🚀');
  });
});

describe('toMarkdown: comments', () => {
  const twoCards: Design = {
    format: FORMAT,
    version: 1,
    nodes: [
      { id: 'feed', kind: 'client-request', props: {} },
      { id: 'ranker', kind: 'heavy-ranker', label: 'DLRM ranker', props: {} },
    ],
    edges: [{ id: 'feed-ranker', source: 'feed', target: 'ranker', flow: 'request' }],
  };
  const T = new Date('2026-11-28T19:30:00.000Z');

  it('lists open comments first with their target, author, replies and state; deleted targets are marked', () => {
    let d = addComment(twoCards, { node: 'ranker' }, 'Ada', 'What happens when the *ranker* times out?', T, 'c1');
    d = replyToComment(d, 'c1', 'Sam', 'We serve the cached ranking.', new Date('2026-11-28T19:32:00Z'), 'r1');
    d = setCommentResolved(d, 'c1', true);
    d = addComment(d, { edge: 'feed-ranker' }, 'Sam', 'Is this call\nsynchronous?', T, 'c2');
    d = addComment(d, { node: 'cache' }, 'Ada', 'Why was the cache removed?', T, 'c3');
    const md = toMarkdown(d);
    const section = md.slice(md.indexOf('## Comments'));
    expect(section.split('\n')).toEqual([
      '## Comments',
      '',
      '2 open, 1 resolved.',
      '',
      '- **Client request → DLRM ranker** (open): Is this call synchronous? — Sam, 2026-11-28 19:30 UTC',
      '- **cache (deleted)** (open, its component was deleted): Why was the cache removed? — Ada, 2026-11-28 19:30 UTC',
      '- **DLRM ranker** (resolved): What happens when the \\*ranker\\* times out? — Ada, 2026-11-28 19:30 UTC',
      '  - We serve the cached ranking. — Sam, 2026-11-28 19:32 UTC',
      '',
    ]);
  });

  it('has no comments section when the design has none', () => {
    expect(toMarkdown(twoCards)).not.toContain('## Comments');
  });
});
