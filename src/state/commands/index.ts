import { KEYBOARD_COMMANDS } from './canvasKeys';
import { compareCommand } from './compare';
import { copy, cut, deleteSelection, duplicate, paste, selectAll } from './edit';
import { copyLinkCommand, exportCommand } from './export';
import { newDesign, openFile, saveFile } from './file';
import { cycleEdgeFlow } from './flow';
import { openGallery } from './gallery';
import { redo, undo } from './history';
import { INTERVIEW_COMMANDS } from './interview';
import { liveSession } from './live';
import { layoutOptionsCommand, tidyUpCommand } from './layout';
import { commandPaletteCommand } from './palette';
import { presentCommand } from './present';
import { type KeyLike, matchesKeys } from './keys';
import type { Command } from './types';
import { snapshotViewCommand } from './snapshot';
import { saveVersionCommand, versionHistoryCommand } from './versions';
import { fitView, showShortcuts, toggleSnap, toggleTheme, zoomIn, zoomOut } from './view';

export * from './types';

/** Every command of the app: toolbar, menus, the keyboard and the command palette read this list. */
export const COMMANDS = [
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
  liveSession,
  cycleEdgeFlow,
  ...INTERVIEW_COMMANDS,
  versionHistoryCommand,
  saveVersionCommand,
  snapshotViewCommand,
  ...KEYBOARD_COMMANDS,
] as const;

/** The name of every command: the toolbar, panels and tests name commands by it, checked by the compiler. */
export type CommandName = (typeof COMMANDS)[number]['name'];

const BY_NAME = new Map<string, Command>(COMMANDS.map((c) => [c.name, c]));

/** The command a key press runs, given where focus is: a scoped command answers only in its place. */
export function commandForKey(e: KeyLike, where?: Command['where']): Command | undefined {
  const here = (c: Command) => !c.where || c.where === where;
  return COMMANDS.find((c) => here(c) && matchesKeys(c.keys, e));
}

export function getCommand(name: CommandName): Command {
  return BY_NAME.get(name)!;
}
export { shortcutLabel } from './keys';
