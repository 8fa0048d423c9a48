import { defineCommand } from './types';

export const fitView = defineCommand({
  name: 'fit-view',
  label: 'Fit view',
  keys: ['Shift+1', '!'],
  perform: ({ ui }) => ui.fitView(),
});

export const zoomIn = defineCommand({
  name: 'zoom-in',
  label: 'Zoom in',
  keys: ['+', '='],
  perform: ({ ui }) => ui.zoomIn(),
});

export const zoomOut = defineCommand({
  name: 'zoom-out',
  label: 'Zoom out',
  keys: ['-'],
  perform: ({ ui }) => ui.zoomOut(),
});

export const toggleTheme = defineCommand({
  name: 'toggle-theme',
  label: 'Toggle dark theme',
  keys: ['Alt+Shift+D'],
  perform: ({ ui }) => ui.toggleTheme(),
});

export const toggleSnap = defineCommand({
  name: 'toggle-snap',
  label: 'Toggle snap to grid',
  keys: ['Alt+G'],
  perform: ({ ui }) => ui.toggleSnap(),
});

export const showShortcuts = defineCommand({
  name: 'shortcuts',
  label: 'Keyboard shortcuts',
  keys: ['?'],
  perform: ({ ui }) => ui.open('shortcuts'),
});
