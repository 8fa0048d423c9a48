import type { Design, Fragment, Position } from '../../core/document';
import type { Selection } from '../store';

/** A key press as commands see it: enough to test shortcuts without a DOM. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

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

export interface Command {
  name: string;
  label: string;
  /** How the shortcut reads in menus and the palette, e.g. "Ctrl+D". */
  shortcut?: string;
  keyTest?(e: KeyLike): boolean;
  enabled?(ctx: CommandContext): boolean;
  perform(ctx: CommandContext): CommandResult | void;
}

/** Ctrl on Linux and Windows, Cmd on macOS: either counts. */
export const mod = (e: KeyLike) => e.ctrlKey || e.metaKey;
export const plainKey = (e: KeyLike) => !e.ctrlKey && !e.metaKey && !e.altKey;
