import { useState } from 'react';
import { useLint } from '../app/lint';
import { FindingsPanel } from './FindingsPanel';
import { Inspector } from './Inspector';

/** The right-hand column: the inspector of the selection, and the linter's findings. */
export function SidePanel() {
  const [tab, setTab] = useState<'inspector' | 'findings'>('findings');
  const count = useLint((s) => s.result.findings.length);
  return (
    <div className="side">
      <div className="tabs" role="tablist" aria-label="Side panel">
        <button type="button" role="tab" aria-selected={tab === 'inspector'} onClick={() => setTab('inspector')}>
          Inspector
        </button>
        <button type="button" role="tab" aria-selected={tab === 'findings'} onClick={() => setTab('findings')}>
          Findings <span className="tabs__count">{count}</span>
        </button>
      </div>
      <div className="side__body" role="tabpanel">
        {tab === 'inspector' ? <Inspector /> : <FindingsPanel />}
      </div>
    </div>
  );
}
