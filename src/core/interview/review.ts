import { getKind } from '../catalog';
import type { Comparison } from '../compare';
import type { Design } from '../document';
import type { Finding } from '../lint';
import { type ChecklistEntry, dimensionCoverage } from './checklist';
import type { PhaseId, PhasePlan } from './phases';
import type { PracticePrompt } from './prompts';
import { REQUIREMENT_FIELDS, type RequirementsText, servingFigures } from './requirements';
import { formatClock, phaseTimes, type TimerState } from './timer';

/** The reference design of the prompt, compared with what the candidate drew. */
export type ReferenceResult =
  | { status: 'compared'; id: string; title: string; comparison: Comparison }
  /** The prompt has no reference design, or it could not be read (the reason says which). */
  | { status: 'none'; reason: string };

export interface ReviewInput {
  title: string;
  prompt?: PracticePrompt;
  plan: PhasePlan;
  timer: TimerState;
  now: number;
  design: Design;
  requirements: RequirementsText;
  checklist: ChecklistEntry[];
  findings: readonly Finding[];
  reference: ReferenceResult;
}

export interface PhaseReview {
  id: PhaseId;
  name: string;
  plannedMs: number;
  actualMs: number;
  /** actual − planned: positive when the phase ran over. */
  deltaMs: number;
}

export interface Review extends ReviewInput {
  phases: PhaseReview[];
  plannedMs: number;
  actualMs: number;
}

export function buildReview(input: ReviewInput): Review {
  const spent = phaseTimes(input.timer, input.now);
  const phases = input.plan.phases.map((p) => ({ id: p.id, name: p.name, plannedMs: p.minutes * 60_000, actualMs: spent[p.id], deltaMs: spent[p.id] - p.minutes * 60_000 }));
  return { ...input, phases, plannedMs: input.plan.totalMinutes * 60_000, actualMs: phases.reduce((a, p) => a + p.actualMs, 0) };
}

/** "+1:20" when over, "−0:45" when under, "on time" within a second. */
export function formatDelta(ms: number): string {
  if (Math.abs(ms) < 1000) return 'on time';
  return `${ms > 0 ? '+' : '−'}${formatClock(ms)}`;
}

const kindLabel = (kind: string) => getKind(kind)?.label ?? kind;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The review as a Markdown document: what a candidate keeps, or sends to a mentor. */
export function reviewMarkdown(r: Review): string {
  const out: string[] = [];
  out.push(`# Interview review: ${r.title}`, '');
  if (r.prompt) out.push(`**Prompt:** ${r.prompt.title}. ${r.prompt.brief}`, '');
  out.push(`**Length:** ${r.plan.totalMinutes} minutes planned, ${formatClock(r.actualMs)} used.`, '');

  out.push('## Time per phase', '', '| Phase | Planned | Actual | Difference |', '|---|---|---|---|');
  for (const p of r.phases) out.push(`| ${p.name} | ${formatClock(p.plannedMs)} | ${formatClock(p.actualMs)} | ${formatDelta(p.deltaMs)} |`);
  out.push(`| **Total** | ${formatClock(r.plannedMs)} | ${formatClock(r.actualMs)} | ${formatDelta(r.actualMs - r.plannedMs)} |`, '');

  out.push('## Requirements', '');
  const figures = servingFigures(r.design);
  for (const f of REQUIREMENT_FIELDS) out.push(`- **${f.label}:** ${r.requirements[f.key].trim() || '_not stated_'}`);
  out.push(`- **Scale:** ${figures.qps !== undefined ? `${figures.qps.toLocaleString('en-US')} QPS` : '_not stated_'}`);
  out.push(`- **Latency SLO:** ${figures.sloLatencyMs !== undefined ? `${figures.sloLatencyMs.toLocaleString('en-US')} ms` : '_not stated_'}`, '');

  const done = r.checklist.filter((e) => e.done).length;
  out.push('## Checklist', '', `${done} of ${r.checklist.length} covered.`, '');
  for (const phase of r.plan.phases) {
    out.push(`### ${phase.name}`, '');
    for (const e of r.checklist.filter((x) => x.item.phase === phase.id)) {
      const how = e.by === 'auto' ? ' _(shown by the design)_' : e.by === 'hand' ? ' _(ticked by hand)_' : '';
      out.push(`- [${e.done ? 'x' : ' '}] ${e.item.text}${how}`);
    }
    out.push('');
  }
  out.push('### The seven dimensions (s002)', '', '| Dimension | Covered |', '|---|---|');
  for (const d of dimensionCoverage(r.checklist)) out.push(`| ${d.name} | ${d.done} / ${d.total} |`);
  out.push('');

  out.push('## Findings', '');
  if (!r.findings.length) out.push('No findings: the design passes every rule.');
  for (const f of r.findings) out.push(`- **${f.severity}** ${cell(f.message)} (\`${f.ruleId}\`)`);
  out.push('');

  out.push('## Compared with the reference design', '');
  if (r.reference.status === 'none') out.push(r.reference.reason, '');
  else {
    const c = r.reference.comparison;
    out.push(`Reference: **${r.reference.title}** (\`templates/${r.reference.id}.json\`).`, '');
    out.push(`- **Missing kinds:** ${c.missingKinds.length ? c.missingKinds.map(kindLabel).join(', ') : 'none'}`);
    out.push(`- **Missing serving stages:** ${c.missingFunnelStages.length ? c.missingFunnelStages.map((s) => s.label).join(', ') : 'none'}`);
    out.push(`- **Missing loops:** ${c.missingLoops.length ? c.missingLoops.map((l) => `${l.label} (breaks at ${l.brokenAt})`).join('; ') : 'none'}`);
    if (c.suggestions.length) {
      out.push('', '### What to add', '');
      for (const s of c.suggestions) out.push(`- ${kindLabel(s.kind)}: ${s.reason}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A file name for the review: the title in lowercase words, e.g. `news-feed-interview-review.md`. */
export function reviewFileName(title: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'interview';
  return `${slug}-interview-review.md`;
}
