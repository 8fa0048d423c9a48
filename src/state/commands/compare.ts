import { defineCommand } from './types';

/** What a design lacks next to a reference design, drawn as ghost cards to add with one click. */
export const compareCommand = defineCommand({
  name: 'compare',
  label: 'Compare with a reference',
  perform: ({ ui }) => ui.open('compare'),
});
