import { lazy, Suspense, useEffect, useState } from 'react';
import { selectHintsHidden, setNoHints, useInterview } from '../state/interview';
import { useLint } from '../state/lint';
import { useRoom } from '../state/room/roomState';
import { useSideTab } from '../state/sideTab';
import { FindingsPanel } from './FindingsPanel';
import { FindingsAnnouncer } from './FindingsAnnouncer';

// The outline tab and the inspector load when first shown (the findings are in front on opening),
// keeping them out of the first paint's code.
const Inspector = lazy(() => import('./Inspector').then((m) => ({ default: m.Inspector })));
const OutlinePanel = lazy(() => import('./OutlinePanel').then((m) => ({ default: m.OutlinePanel })));
// The interviewer's private view of a room comes with the room strip's chunk, only in the host's tab.
const InterviewHostPanel = lazy(() => import('./InterviewRoomBar').then((m) => ({ default: m.InterviewHostPanel })));
// The candidate's and watchers' tab of an interview room: the prompt and the shared requirements card.
const RoomBrief = lazy(() => import('./InterviewRoomBar').then((m) => ({ default: m.RoomBrief })));

/** What the findings tab shows while an interview runs without hints. */
export function HiddenFindings() {
  return (
    <section className="interview-hidden" aria-label="Findings">
      <p>Findings are hidden while you practise: no hints.</p>
      <p className="muted small">They come back when the interview ends, in the review.</p>
      <button type="button" onClick={() => setNoHints(false)}>
        Show findings now
      </button>
    </section>
  );
}

/** What a candidate's findings tab shows in a room whose interviewer turned hints off. */
function RoomHintsOff() {
  return (
    <section className="interview-hidden" aria-label="Findings">
      <p>The interviewer has turned hints off for this interview: no findings are shown.</p>
    </section>
  );
}

/**
 * The practice interview's panel, fetched right after the first paint rather than with React.lazy:
 * a lazy component's reveal waits on a timer, and an interview on a paused clock (tests, a laptop
 * waking up) would leave its tab empty.
 */
type Panel = typeof import('./InterviewPanel').InterviewPanel;
let loadedPanel: Panel | undefined;
function useInterviewPanel(): Panel | undefined {
  const [panel, setPanel] = useState(() => loadedPanel);
  useEffect(() => {
    if (!panel) void import('./InterviewPanel').then(({ InterviewPanel }) => setPanel(() => (loadedPanel = InterviewPanel)));
  }, [panel]);
  return panel;
}

/** The right-hand column: the inspector of the selection, and the linter's findings. */
export function SidePanel() {
  const InterviewPanel = useInterviewPanel();
  const chosen = useSideTab((s) => s.tab);
  const setTab = useSideTab((s) => s.show);
  const count = useLint((s) => s.result.findings.length);
  // An interview brings its tab forward when it starts (or is found running after a reload).
  const interviewStart = useInterview((s) => s.session?.timer.startedAt);
  const practiceHintsHidden = useInterview(selectHintsHidden);
  const roomHintsHidden = useRoom((s) => s.hintsHidden === true);
  const hintsHidden = practiceHintsHidden || roomHintsHidden;
  const roomHost = useRoom((s) => s.interviewHost === true);
  const roomInterview = useRoom((s) => s.interview === true);
  const interviewTab = interviewStart !== undefined || roomHost || roomInterview;
  useEffect(() => {
    if (interviewTab) setTab('interview');
  }, [interviewTab, setTab]);
  const tab = chosen === 'interview' && !interviewTab ? 'findings' : chosen;
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
        {interviewTab && (
          <button type="button" role="tab" aria-selected={tab === 'interview'} onClick={() => setTab('interview')}>
            Interview
          </button>
        )}
      </div>
      <div className="side__body" role="tabpanel">
        <Suspense fallback={null}>
          {tab === 'inspector' ? <Inspector /> : tab === 'outline' ? <OutlinePanel /> : tab === 'interview' ? roomHost ? <InterviewHostPanel /> : roomInterview ? <div className="interview-panel"><RoomBrief /></div> : InterviewPanel && <InterviewPanel /> : roomHintsHidden ? <RoomHintsOff /> : hintsHidden ? <HiddenFindings /> : <FindingsPanel />}
        </Suspense>
      </div>
      <FindingsAnnouncer />
    </div>
  );
}
