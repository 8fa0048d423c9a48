import { copyShareLinkAndNotify } from '../share';
import { defineCommand } from './types';

export const exportCommand = defineCommand({
  name: 'export',
  label: 'Export…',
  keys: ['Mod+Shift+E'],
  perform: ({ ui }) => ui.open('export'),
});

export const copyLinkCommand = defineCommand({
  name: 'copy-share-link',
  label: 'Copy link to this design',
  perform: () => void copyShareLinkAndNotify(),
});
