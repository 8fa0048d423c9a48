import type { Finding } from '../lint/types';

/** A finding's identity across lint runs: the same rule on the same components. */
const keyOf = (f: Finding) => `${f.ruleId}|${f.messageId}|${[...f.nodeIds].sort().join(',')}|${[...f.edgeIds].sort().join(',')}`;

/**
 * The sentence a screen reader hears when findings appear or clear after an edit, or '' when
 * nothing changed. Long lists are summed up: a reader cannot skim a spoken list.
 */
export function findingsAnnouncement(before: readonly Finding[], after: readonly Finding[], maxListed = 3): string {
  const had = new Set(before.map(keyOf));
  const has = new Set(after.map(keyOf));
  const added = after.filter((f) => !had.has(keyOf(f)));
  const cleared = before.filter((f) => !has.has(keyOf(f)));
  const part = (list: Finding[], one: string, many: string) => {
    if (!list.length) return '';
    const head = `${list.length} ${list.length === 1 ? one : many}`;
    const named = list.slice(0, maxListed).map((f) => `${f.severity}: ${f.message.replace(/\.$/, '')}`);
    return `${head}: ${named.join('; ')}${list.length > maxListed ? `; and ${list.length - maxListed} more` : ''}.`;
  };
  return [part(added, 'new finding', 'new findings'), part(cleared, 'finding cleared', 'findings cleared')].filter(Boolean).join(' ');
}
