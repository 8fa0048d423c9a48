import { type Command, mod } from './types';

export const undo: Command = {
  name: 'undo',
  label: 'Undo',
  shortcut: 'Ctrl+Z',
  keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
  perform: ({ ui }) => ui.undo(),
};

export const redo: Command = {
  name: 'redo',
  label: 'Redo',
  shortcut: 'Ctrl+Shift+Z',
  keyTest: (e) => (mod(e) && e.shiftKey && e.key.toLowerCase() === 'z') || (mod(e) && !e.shiftKey && e.key.toLowerCase() === 'y'),
  perform: ({ ui }) => ui.redo(),
};
