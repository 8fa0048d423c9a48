import { defineCommand } from './types';

/** A PNG of exactly what the canvas shows, for slides and chat (the Export dialog draws the whole design). */
export const snapshotViewCommand = defineCommand({
  name: 'snapshot-view',
  label: 'Snapshot view',
  perform: ({ ui }) => ui.open('snapshot'),
});
