/**
 * The toolbar's command buttons, in order. Features add their command here (one line) after
 * registering it in src/state/commands/index.ts. `text` shows a word, `icon` a symbol.
 */
import type { CommandName } from '../state/commands';

export interface ToolbarItem {
  command: CommandName;
  text?: string;
  icon?: string;
  /** Accessible name when it differs from the command's label. */
  label?: string;
}

export const TOOLBAR_ITEMS: ToolbarItem[] = [
  { command: 'open-file', text: 'Open', label: 'Open design file' },
  { command: 'save-file', text: 'Save', label: 'Save as JSON' },
  { command: 'open-gallery', text: 'Templates', label: 'Templates' },
  { command: 'tidy-up', text: 'Tidy up' },
  { command: 'layout-options', icon: '⚙', label: 'Layout options' },
  { command: 'export', text: 'Export', label: 'Export' },
  { command: 'snapshot-view', text: 'Snapshot', label: 'Snapshot view' },
  { command: 'compare', text: 'Compare', label: 'Compare with a reference' },
  { command: 'present', text: 'Present', label: 'Present in presenter mode' },
  { command: 'version-history', text: 'History', label: 'Version history' },
  { command: 'command-palette', icon: '⌘', label: 'Command palette' },
  { command: 'interview-start', text: 'Interview', label: 'Start an interview' },
  { command: 'live-session', text: 'Live', label: 'Live session' },
];
