import type { Design, Fragment, Position } from '../../core/document';
import type { Selection } from '../store';
import type { KeyLike } from './keys';

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
  /** The card that has keyboard focus on the canvas, if one has. */
  focusedNode(): string | undefined;
  /** Moves keyboard focus to a card (scrolling it into view). */
  focusNode(id: string): void;
  /** Moves keyboard focus into the Inspector's first field. */
  focusInspector(): void;
  /** Tells a screen reader, without a visible notice (small steps such as a nudge). */
  announce(message: string): void;
}

export interface CommandContext {
  design: Design;
  selection: Selection;
  ui: UiServices;
  /** The key press that ran the command, when a key did (the arrow commands read its direction). */
  key?: KeyLike;
}

/** A design edit to apply as one undo step, with the selection that should follow it. */
export interface CommandResult {
  design: Design;
  select?: Partial<Selection>;
  /** False when the edit only moves nodes (lint does not re-run). */
  content?: boolean;
  /**
   * A move that joins the run of moves before it with the same burst name: the whole run (say, a
   * card nudged while Alt is held) is one undo step. Only moves may be bursts.
   */
  burst?: string;
}

export interface Command<Name extends string = string> {
  name: Name;
  label: string;
  /** The shortcut as chords ("Mod+Shift+Z"): it both tests key presses and labels menus (keys.ts). */
  keys?: readonly string[];
  /**
   * Where focus must be for the keys to run the command: on a canvas card, or in the side panel
   * (typing there included). Without it, the keys work anywhere but in a text field.
   */
  where?: 'canvas' | 'side';
  enabled?(ctx: CommandContext): boolean;
  perform(ctx: CommandContext): CommandResult | void;
}

/** Declares a command keeping its name's literal type, so the registry knows every name. */
export function defineCommand<const Name extends string>(command: Command<Name>): Command<Name> {
  return command;
}
