import { type Command, mod } from './types';

export const openFile: Command = {
  name: 'open-file',
  label: 'Open design file…',
  shortcut: 'Ctrl+O',
  keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'o',
  perform: ({ ui }) => ui.openFile(),
};

export const saveFile: Command = {
  name: 'save-file',
  label: 'Save as JSON',
  shortcut: 'Ctrl+S',
  keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 's',
  perform: ({ ui }) => ui.saveFile(),
};

export const newDesign: Command = {
  name: 'new-design',
  label: 'New blank design',
  shortcut: 'Alt+N',
  keyTest: (e) => e.altKey && !mod(e) && e.key.toLowerCase() === 'n',
  perform: ({ ui }) => ui.newDesign(),
};
