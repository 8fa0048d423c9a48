import { compareCommand } from './compare';
import { copy, cut, deleteSelection, duplicate, paste, selectAll } from './edit';
import { copyLinkCommand, exportCommand } from './export';
import { newDesign, openFile, saveFile } from './file';
import { cycleEdgeFlow } from './flow';
import { openGallery } from './gallery';
import { redo, undo } from './history';
import { INTERVIEW_COMMANDS } from './interview';
import { layoutOptionsCommand, tidyUpCommand } from './layout';
import { commandPaletteCommand } from './palette';
import { presentCommand } from './present';
import type { Command, KeyLike } from './types';
import { fitView, showShortcuts, toggleSnap, toggleTheme, zoomIn, zoomOut } from './view';

export * from './types';

/** Every command of the app: toolbar, menus, the keyboard and the command palette read this list. */
export const COMMANDS: Command[] = [
  undo,
  redo,
  deleteSelection,
  duplicate,
  copy,
  cut,
  paste,
  selectAll,
  fitView,
  zoomIn,
  zoomOut,
  openFile,
  saveFile,
  newDesign,
  toggleTheme,
  toggleSnap,
  showShortcuts,
  openGallery,
  commandPaletteCommand,
  presentCommand,
  compareCommand,
  tidyUpCommand,
  layoutOptionsCommand,
  exportCommand,
  copyLinkCommand,
  cycleEdgeFlow,
  ...INTERVIEW_COMMANDS,
];

/** Lets later features (export, layout, lint, interview…) add their commands to the one registry. */
export function registerCommands(...commands: Command[]): void {
  for (const c of commands) if (!COMMANDS.some((x) => x.name === c.name)) COMMANDS.push(c);
}

export function commandForKey(e: KeyLike): Command | undefined {
  return COMMANDS.find((c) => c.keyTest?.(e));
}

export function getCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
