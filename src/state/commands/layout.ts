import { tidyUp } from '../layout/tidyUp';
import { defineCommand } from './types';

export const tidyUpCommand = defineCommand({
  name: 'tidy-up',
  label: 'Tidy up',
  keys: ['Mod+Shift+L'],
  enabled: ({ design }) => design.nodes.length > 0,
  perform: () => void tidyUp(),
});

export const layoutOptionsCommand = defineCommand({
  name: 'layout-options',
  label: 'Layout options…',
  perform: ({ ui }) => ui.open('layout'),
});
