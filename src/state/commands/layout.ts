import { tidyUp } from '../layout/tidyUp';
import { type Command, mod } from './types';

export const tidyUpCommand: Command = {
  name: 'tidy-up',
  label: 'Tidy up',
  shortcut: 'Ctrl+Shift+L',
  keyTest: (e) => mod(e) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l',
  enabled: ({ design }) => design.nodes.length > 0,
  perform: () => void tidyUp(),
};

export const layoutOptionsCommand: Command = {
  name: 'layout-options',
  label: 'Layout options…',
  perform: ({ ui }) => ui.open('layout'),
};
