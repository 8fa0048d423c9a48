import { Panel } from '@xyflow/react';

/** Says which line is which: the three flows of DOMAIN.md's drawing conventions. */
export function Legend() {
  return (
    <Panel position="bottom-center" className="legend" aria-label="Edge legend">
      {(['request', 'data', 'feedback'] as const).map((flow) => (
        <span key={flow} className="legend__item">
          <svg width="34" height="10" aria-hidden="true">
            <line x1="2" y1="5" x2="32" y2="5" className={`mlsd-edge mlsd-edge--${flow}`} />
          </svg>
          {flow === 'request' ? 'request (online call)' : flow === 'data' ? 'data (pipeline, deploy)' : 'feedback (logs, labels)'}
        </span>
      ))}
    </Panel>
  );
}
