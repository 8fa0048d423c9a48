import { defineCommand } from './types';

/** Steps through the design full screen, in its walkthrough order; the canvas is read-only meanwhile. */
export const presentCommand = defineCommand({
  name: 'present',
  label: 'Presenter mode',
  keys: ['Alt+P'],
  enabled: ({ design }) => design.nodes.length > 0,
  perform: ({ ui }) => ui.open('presenter'),
});
