import { endInterview, nextInterviewPhase, setNoHints, togglePause, useInterview } from '../interview';
import { defineCommand } from './types';

const running = () => {
  const s = useInterview.getState().session;
  return !!s && s.timer.endedAt === undefined;
};

export const startInterview = defineCommand({
  name: 'interview-start',
  label: 'Start an interview',
  perform: ({ ui }) => ui.open('interview-start'),
});

export const endInterviewCommand = defineCommand({
  name: 'interview-end',
  label: 'End interview',
  enabled: running,
  perform: ({ ui }) => {
    void endInterview().then(() => ui.open('interview-review'));
  },
});

export const pauseInterview = defineCommand({
  name: 'interview-pause',
  label: 'Pause or resume the interview',
  enabled: running,
  perform: () => togglePause(),
});

export const nextPhase = defineCommand({
  name: 'interview-next-phase',
  label: 'Next interview phase',
  enabled: () => running() && useInterview.getState().session!.timer.visits.at(-1)?.phase !== 'wrap-up',
  perform: () => nextInterviewPhase(),
});

export const toggleHints = defineCommand({
  name: 'interview-toggle-hints',
  label: 'Hide or show findings during the interview',
  enabled: running,
  perform: () => setNoHints(!useInterview.getState().session!.noHints),
});

export const openReview = defineCommand({
  name: 'interview-review',
  label: 'Interview review',
  enabled: () => !!useInterview.getState().session,
  perform: ({ ui }) => ui.open('interview-review'),
});

export const INTERVIEW_COMMANDS = [startInterview, endInterviewCommand, pauseInterview, nextPhase, toggleHints, openReview] as const;
