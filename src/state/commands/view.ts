import { type Command, mod, plainKey } from './types';

export const fitView: Command = {
  name: 'fit-view',
  label: 'Fit view',
  shortcut: 'Shift+1',
  keyTest: (e) => e.shiftKey && !mod(e) && (e.key === '!' || e.key === '1'),
  perform: ({ ui }) => ui.fitView(),
};

export const zoomIn: Command = {
  name: 'zoom-in',
  label: 'Zoom in',
  shortcut: '+',
  keyTest: (e) => plainKey(e) && (e.key === '+' || e.key === '='),
  perform: ({ ui }) => ui.zoomIn(),
};

export const zoomOut: Command = {
  name: 'zoom-out',
  label: 'Zoom out',
  shortcut: '-',
  keyTest: (e) => plainKey(e) && e.key === '-',
  perform: ({ ui }) => ui.zoomOut(),
};

export const toggleTheme: Command = {
  name: 'toggle-theme',
  label: 'Toggle dark theme',
  shortcut: 'Alt+Shift+D',
  keyTest: (e) => e.altKey && e.shiftKey && e.key.toLowerCase() === 'd',
  perform: ({ ui }) => ui.toggleTheme(),
};

export const toggleSnap: Command = {
  name: 'toggle-snap',
  label: 'Toggle snap to grid',
  shortcut: 'Alt+G',
  keyTest: (e) => e.altKey && !e.shiftKey && e.key.toLowerCase() === 'g',
  perform: ({ ui }) => ui.toggleSnap(),
};

export const showShortcuts: Command = {
  name: 'shortcuts',
  label: 'Keyboard shortcuts',
  shortcut: '?',
  keyTest: (e) => !mod(e) && e.key === '?',
  perform: ({ ui }) => ui.open('shortcuts'),
};
