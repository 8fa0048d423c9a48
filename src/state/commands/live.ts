import { defineCommand } from './types';

/** Starts a live session (or shows its links when one is open): a room on the server the studio came from. */
export const liveSession = defineCommand({
  name: 'live-session',
  label: 'Live session',
  perform: ({ ui }) => ui.open('live'),
});
