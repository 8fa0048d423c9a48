import { lazy, Suspense, useEffect } from 'react';
import { selectHintsHidden, useInterview } from '../state/interview';
import { useLint } from '../state/lint';
import { useSideTab } from '../state/sideTab';
import { FindingsPanel } from './FindingsPanel';
import { FindingsAnnouncer } from './FindingsAnnouncer';
import { HiddenFindings, InterviewPanel } from './InterviewPanel';

// The outline tab and the inspector load when first shown (the findings are in front on opening),
// keeping them out of the first paint's code.
const Inspector = lazy(() => import('./Inspector').then((m) => ({ default: m.Inspector })));
const OutlinePanel = lazy(() => import('./OutlinePanel').then((m) => ({ default: m.OutlinePanel })));

/** The right-hand column: the inspector of the selection, and the linter's findings. */
export function SidePanel() {
  const chosen = useSideTab((s) => s.tab);
  const setTab = useSideTab((s) => s.show);
  const count = useLint((s) => s.result.findings.length);
  // An interview brings its tab forward when it starts (or is found running after a reload).
  const interviewStart = useInterview((s) => s.session?.timer.startedAt);
  const hintsHidden = useInterview(selectHintsHidden);
  useEffect(() => {
    if (interviewStart) setTab('interview');
  }, [interviewStart, setTab]);
  const tab = chosen === 'interview' && !interviewStart ? 'findings' : chosen;
  return (
    <div className="side">
      <div className="tabs" role="tablist" aria-label="Side panel">
        <button type="button" role="tab" aria-selected={tab === 'inspector'} onClick={() => setTab('inspector')}>
          Inspector
        </button>
        <button type="button" role="tab" aria-selected={tab === 'findings'} onClick={() => setTab('findings')}>
          Findings {!hintsHidden && <span className="tabs__count">{count}</span>}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'outline'} onClick={() => setTab('outline')}>
          Outline
        </button>
        {interviewStart !== undefined && (
          <button type="button" role="tab" aria-selected={tab === 'interview'} onClick={() => setTab('interview')}>
            Interview
          </button>
        )}
      </div>
      <div className="side__body" role="tabpanel">
        <Suspense fallback={null}>
          {tab === 'inspector' ? <Inspector /> : tab === 'outline' ? <OutlinePanel /> : tab === 'interview' ? <InterviewPanel /> : hintsHidden ? <HiddenFindings /> : <FindingsPanel />}
        </Suspense>
      </div>
      <FindingsAnnouncer />
    </div>
  );
}
