import { useEffect, useMemo, useState } from 'react';
import { evaluateChecklist } from '../../core/interview/checklist';
import { phasePlan } from '../../core/interview/phases';
import { getPrompt } from '../../core/interview/prompts';
import { EMPTY_REQUIREMENTS } from '../../core/interview/requirements';
import type { ReferenceResult } from '../../core/interview/review';
import { rubricByStage } from '../../core/interview/roomReview';
import { useHostNotes } from '../../state/hostNotes';
import { useInterviewRoom } from '../../state/interviewRoom';
import { useLint } from '../../state/lint';
import { useEditor } from '../../state/store';
import { compareWithPromptReference } from '../referenceDesign';

/**
 * What the interviewer's private view and review are made of, live from the room's design: the
 * findings as a rubric, the checklist (ticking itself from the design, plus the host's own ticks) and
 * the comparison with the prompt's reference design. Computed only in the host's tab.
 */
export function useScorecard() {
  const session = useInterviewRoom((s) => s.session);
  const design = useEditor((s) => s.design);
  const findings = useLint((s) => s.result.findings);
  const ticked = useHostNotes((s) => s.ticked);
  const prompt = getPrompt(session?.prompt);
  const [reference, setReference] = useState<ReferenceResult>();

  useEffect(() => {
    let live = true;
    compareWithPromptReference(prompt?.reference, prompt?.title, design).then(
      (r) => live && setReference(r),
      (e: Error) => live && setReference({ status: 'none', reason: `The reference design could not be loaded: ${e.message}` }),
    );
    return () => {
      live = false;
    };
  }, [prompt, design]);

  const requirements = useInterviewRoom((s) => s.requirements) ?? EMPTY_REQUIREMENTS;
  const checklist = useMemo(() => evaluateChecklist(design, findings, requirements, ticked), [design, findings, requirements, ticked]);
  const rubric = useMemo(() => rubricByStage(findings), [findings]);
  const plan = phasePlan(session?.minutes ?? 45);
  return { session, prompt, plan, design, findings, requirements, checklist, rubric, reference };
}
