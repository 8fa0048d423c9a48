import { defineCommand } from './types';

export const openFile = defineCommand({
  name: 'open-file',
  label: 'Open design file…',
  keys: ['Mod+O'],
  perform: ({ ui }) => ui.openFile(),
});

export const saveFile = defineCommand({
  name: 'save-file',
  label: 'Save as JSON',
  keys: ['Mod+S'],
  perform: ({ ui }) => ui.saveFile(),
});

export const newDesign = defineCommand({
  name: 'new-design',
  label: 'New blank design',
  keys: ['Alt+N'],
  perform: ({ ui }) => ui.newDesign(),
});
