import type { Command } from './types';

/** Steps through the design full screen, in its walkthrough order; the canvas is read-only meanwhile. */
export const presentCommand: Command = {
  name: 'present',
  label: 'Presenter mode',
  shortcut: 'Alt+P',
  keyTest: (e) => e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.key.toLowerCase() === 'p',
  enabled: ({ design }) => design.nodes.length > 0,
  perform: ({ ui }) => ui.open('presenter'),
};
