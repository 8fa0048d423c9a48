import type { Design, Fragment, Position } from '../../core/document';
import type { Selection } from '../store';

/** What a command may ask of the screen; the app provides it, tests fake it. */
export interface UiServices {
  viewportCenter(): Position;
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  undo(): void;
  redo(): void;
  openFile(): void;
  saveFile(): void;
  newDesign(): void;
  toggleTheme(): void;
  toggleSnap(): void;
  writeClipboard(fragment: Fragment): void;
  readClipboard(): Fragment | undefined;
  notify(message: string): void;
  /** Opens a dialog or panel by name (gallery, export, shortcuts…). */
  open(panel: string): void;
}

export interface CommandContext {
  design: Design;
  selection: Selection;
  ui: UiServices;
}

/** A design edit to apply as one undo step, with the selection that should follow it. */
export interface CommandResult {
  design: Design;
  select?: Partial<Selection>;
  /** False when the edit only moves nodes (lint does not re-run). */
  content?: boolean;
}

export interface Command<Name extends string = string> {
  name: Name;
  label: string;
  /** The shortcut as chords ("Mod+Shift+Z"): it both tests key presses and labels menus (keys.ts). */
  keys?: readonly string[];
  enabled?(ctx: CommandContext): boolean;
  perform(ctx: CommandContext): CommandResult | void;
}

/** Declares a command keeping its name's literal type, so the registry knows every name. */
export function defineCommand<const Name extends string>(command: Command<Name>): Command<Name> {
  return command;
}
