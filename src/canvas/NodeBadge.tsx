import { memo } from 'react';
import { useLint } from '../state/lint';

const ICON = { error: '✖', warning: '▲', info: 'i' } as const;

/** The worst severity and count of a node's findings, drawn on its card. */
function NodeBadgeView({ nodeId }: { nodeId: string }) {
  const badge = useLint((s) => s.badges.get(nodeId));
  if (!badge) return null;
  const [severity, count] = badge.split(':') as [keyof typeof ICON, string];
  return (
    <span className={`mlsd-badge mlsd-badge--${severity}`} title={`${count} ${severity} finding${count === '1' ? '' : 's'}`} aria-label={`${count} ${severity} findings`}>
      {ICON[severity]} {count}
    </span>
  );
}

export const NodeBadge = memo(NodeBadgeView);
