import { type Finding, STAGES, type Stage } from '../lint';
import type { PhaseId } from './phases';
import { type Review, reviewMarkdown } from './review';
import type { DesignComment } from '../document';
import { commentsSection } from '../export/markdown';

/** The host's private notes, one box per phase: kept in the host's browser, never in the room. */
export type PhaseNotes = Partial<Record<PhaseId, string>>;

export interface StageRubric {
  stage: Stage;
  errors: number;
  warnings: number;
  findings: Finding[];
}

/** Findings as a rubric by framework stage (problem … monitoring), every stage listed, clean ones too. */
export function rubricByStage(findings: readonly Finding[]): StageRubric[] {
  return STAGES.map((stage) => {
    const here = findings.filter((f) => f.stage === stage);
    return { stage, errors: here.filter((f) => f.severity === 'error').length, warnings: here.filter((f) => f.severity === 'warning').length, findings: here };
  });
}

const line = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/**
 * The interviewer's review of a room interview: the practice review (time per phase, requirements,
 * checklist, findings, comparison) plus the findings per stage, the interviewer's notes per phase and
 * the comments on the design. Built only on the host's screen, since it holds the private notes.
 */
export function roomReviewMarkdown(review: Review, notes: PhaseNotes, comments: readonly DesignComment[], candidate?: string): string {
  const out = [reviewMarkdown(review).trimEnd(), ''];
  if (candidate) out.splice(1, 0, '', `**Candidate:** ${line(candidate)}`);
  out.push('## Findings per stage', '', '| Stage | Errors | Warnings |', '|---|---|---|');
  for (const r of rubricByStage(review.findings)) out.push(`| ${r.stage} | ${r.errors} | ${r.warnings} |`);
  out.push('', "## Interviewer's notes", '');
  for (const phase of review.plan.phases) {
    const text = notes[phase.id]?.trim();
    out.push(`### ${phase.name}`, '', text || '_no notes_', '');
  }
  const section = commentsSection(review.design, comments);
  out.push(...(section.length ? section : ['## Comments', '', 'No comments.', '']));
  return out.join('\n');
}
