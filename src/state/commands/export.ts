import { copyShareLinkAndNotify } from '../share';
import { type Command, mod } from './types';

export const exportCommand: Command = {
  name: 'export',
  label: 'Export…',
  shortcut: 'Ctrl+Shift+E',
  keyTest: (e) => mod(e) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'e',
  perform: ({ ui }) => ui.open('export'),
};

export const copyLinkCommand: Command = {
  name: 'copy-share-link',
  label: 'Copy link to this design',
  perform: () => void copyShareLinkAndNotify(),
};
