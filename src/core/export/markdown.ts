import { getKind } from '../catalog';
import { nodeLabel, titleOf } from '../document';
import { openFirst } from '../document/comments';
import { commentTargetLabel, isOrphaned } from '../document/commentTarget';
import type { Design, DesignComment, DesignNode, Severity } from '../document/types';
import { type CriticalPath, type Funnel, getRule, lint, type LintResult, criticalPaths, funnel, STAGES } from '../lint';
import { toMermaid } from './mermaid';
import { STAGE_TITLES, stageOfNode } from './stages';

/** What the report says about the design; computed from the design unless the caller has it already. */
export interface DesignAnalysis {
  lint: LintResult;
  criticalPaths: CriticalPath[];
  funnels: Funnel[];
}

export function analyse(design: Design): DesignAnalysis {
  return { lint: lint(design), criticalPaths: criticalPaths(design), funnels: funnel(design) };
}

/** User text inside Markdown: characters that would turn into emphasis, links, tables or HTML are escaped. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');
}

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

function propValue(value: unknown, unit?: string): string {
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'number' ? count(value) : String(value);
  return unit && unit !== '%' ? `${text} ${unit}` : unit === '%' ? `${text}%` : text;
}

function component(node: DesignNode): string[] {
  const kind = getKind(node.kind);
  const label = nodeLabel(node);
  const kindText = kind && kind.label !== label ? ` (${kind.label})` : '';
  const lines = [`- **${mdText(label)}**${mdText(kindText)}`];
  const settings = Object.entries(node.props).map(([name, value]) => {
    const spec = kind?.props[name];
    return `${name} ${propValue(value, spec?.type === 'number' ? spec.unit : undefined)}`;
  });
  if (settings.length) lines.push(`  - ${settings.map((s) => `\`${s.replace(/`/g, "'")}\``).join(' · ')}`);
  for (const line of (node.notes ?? '').split(/\r\n|\r|\n/).filter((l) => l.trim())) lines.push(`  - ${mdText(line.trim())}`);
  return lines;
}

function componentsSection(design: Design): string[] {
  const lines = ['## Components by stage', ''];
  for (const stage of STAGES) {
    const nodes = design.nodes.filter((n) => stageOfNode(n) === stage);
    if (!nodes.length) continue;
    lines.push(`### ${STAGE_TITLES[stage]}`, '', ...nodes.flatMap(component), '');
  }
  return lines;
}

function servingSection(design: Design, analysis: DesignAnalysis): string[] {
  if (!analysis.criticalPaths.length && !analysis.funnels.length) return [];
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const name = (id: string) => mdText(byId.get(id) ? nodeLabel(byId.get(id)!) : id);
  const lines = ['## Serving path', ''];
  const clients = [...new Set([...analysis.criticalPaths.map((p) => p.clientId), ...analysis.funnels.map((f) => f.clientId)])];
  for (const clientId of clients) {
    lines.push(`### ${name(clientId)}`, '');
    const path = analysis.criticalPaths.find((p) => p.clientId === clientId);
    if (path) {
      lines.push(`Critical path: ${path.nodeIds.map(name).join(' → ')}`, '', latencyVerdict(path), '');
      const waits = Object.entries(path.sideInputIds ?? {}).map(([v, u]) => `${name(v)} waits on ${name(u)}`);
      if (waits.length) lines.push(`Side lookups on the path: ${waits.join('; ')}.`, '');
    }
    const stages = analysis.funnels.find((f) => f.clientId === clientId)?.stages ?? [];
    if (stages.length) {
      lines.push('Candidate funnel:', '', '| Stage | In | Out |', '| --- | ---: | ---: |');
      for (const s of stages) {
        const into = s.candidatesIn ?? s.fromPredecessors;
        lines.push(`| ${name(s.nodeId)} | ${into === undefined ? '?' : count(into)} | ${s.candidatesOut === undefined ? '?' : count(s.candidatesOut)} |`);
      }
      lines.push('');
    }
  }
  return lines;
}

function latencyVerdict(path: CriticalPath): string {
  const total = `**${count(path.totalMs)} ms**`;
  if (path.sloMs === undefined) return `Latency: ${total}; no SLO set, so nothing to check it against.`;
  const margin = path.sloMs - path.totalMs;
  return margin >= 0
    ? `Latency: ${total} of the ${count(path.sloMs)} ms SLO: within budget, ${count(margin)} ms to spare.`
    : `Latency: ${total} against the ${count(path.sloMs)} ms SLO: **over budget by ${count(-margin)} ms**.`;
}

const SEVERITY_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Suggestions' };

function findingsSection(design: Design, result: LintResult): string[] {
  const lines = ['## Findings', ''];
  const counts = (['error', 'warning', 'info'] as const).map((s) => plural(result.findings.filter((f) => f.severity === s).length, s));
  lines.push(`${counts.join(', ')}.`, '');
  if (!result.findings.length) lines.push('The linter found nothing to report.', '');
  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = result.findings.filter((f) => f.severity === severity);
    if (!findings.length) continue;
    lines.push(`### ${SEVERITY_TITLES[severity]}`, '');
    // One block per rule: its findings, then once the reason it matters.
    for (const ruleId of [...new Set(findings.map((f) => f.ruleId))]) {
      const ofRule = findings.filter((f) => f.ruleId === ruleId);
      lines.push(`**\`${ruleId}\`** (${ofRule[0].stage})`, '', ...ofRule.map((f) => `- ${mdText(f.message)}`), '');
      const docs = getRule(ruleId)?.meta.docs;
      if (docs) lines.push(`Why it matters: ${mdText(docs.why)}`, '', `An interviewer would ask: *${mdText(docs.ask)}*`, '');
    }
  }
  const off = Object.entries(design.lint?.off ?? {});
  if (off.length) {
    lines.push(`### Turned off (${plural(result.suppressed, 'finding')} not shown)`, '');
    for (const [rule, reason] of off) lines.push(`- \`${rule}\`: ${mdText(reason)}`);
    lines.push('');
  }
  return lines;
}

/** "2026-11-28T19:30:05.000Z" → "2026-11-28 19:30 UTC": readable, and the same on every machine. */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function comment(design: Design, c: DesignComment): string[] {
  const state = c.resolved ? 'resolved' : 'open';
  const orphan = isOrphaned(design, c.target) ? ', its component was deleted' : '';
  const lines = [`- **${mdText(commentTargetLabel(design, c.target))}** (${state}${orphan}): ${mdText(c.text)} — ${mdText(c.author)}, ${when(c.at)}`];
  for (const r of c.replies) lines.push(`  - ${mdText(r.text)} — ${mdText(r.author)}, ${when(r.at)}`);
  return lines;
}

/** The comments as a Markdown section, open ones first; empty when the design has none. */
export function commentsSection(design: Design, comments: readonly DesignComment[] = design.comments ?? []): string[] {
  if (!comments.length) return [];
  const open = comments.filter((c) => !c.resolved).length;
  return ['## Comments', '', `${open} open, ${comments.length - open} resolved.`, '', ...openFirst(comments).flatMap((c) => comment(design, c)), ''];
}

/**
 * A design document to paste into a review or a README: what the system is, its components
 * stage by stage, whether the serving path meets its SLO, what the linter says and why, and
 * the diagram as Mermaid (which GitHub and GitLab render in place).
 */
export function toMarkdown(design: Design, analysis: DesignAnalysis = analyse(design)): string {
  const lines = [`# ${mdText(titleOf(design))}`, ''];
  if (design.description?.trim()) lines.push(mdText(design.description.trim()), '');
  lines.push(
    `${plural(design.nodes.length, 'component')}, ${plural(design.edges.length, 'connection')}.`,
    '',
    '## Diagram',
    '',
    '```mermaid',
    toMermaid(design, { groupBy: 'category' }).trimEnd(),
    '```',
    '',
    ...componentsSection(design),
    ...servingSection(design, analysis),
    ...findingsSection(design, analysis.lint),
    ...commentsSection(design),
  );
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
