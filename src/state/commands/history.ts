import { defineCommand } from './types';

export const undo = defineCommand({
  name: 'undo',
  label: 'Undo',
  keys: ['Mod+Z'],
  perform: ({ ui }) => ui.undo(),
});

export const redo = defineCommand({
  name: 'redo',
  label: 'Redo',
  keys: ['Mod+Shift+Z', 'Mod+Y'],
  perform: ({ ui }) => ui.redo(),
});
