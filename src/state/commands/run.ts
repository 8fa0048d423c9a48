import { applyBurst, endBurst } from '../keyboardBurst';
import { useEditor } from '../store';
import type { KeyLike } from './keys';
import type { Command, UiServices } from './types';

let ui: UiServices | undefined;

/** The app shell provides the screen services once it is mounted. */
export function provideUi(services: UiServices): void {
  ui = services;
}

export function uiServices(): UiServices {
  if (!ui) throw new Error('UI services are not mounted yet');
  return ui;
}

export function isEnabled(command: Command): boolean {
  const { design, selection } = useEditor.getState();
  return !command.enabled || command.enabled({ design, selection, ui: uiServices() });
}

/**
 * Runs a command against the editor: a design edit becomes exactly one undo step (a burst of moves,
 * one step for the whole run). `key` is the key press that ran it, if one did.
 */
export function runCommand(command: Command, key?: KeyLike): void {
  const state = useEditor.getState();
  const ctx = { design: state.design, selection: state.selection, ui: uiServices(), key };
  if (command.enabled && !command.enabled(ctx)) return;
  const result = command.perform(ctx);
  if (result?.burst) return applyBurst(result.burst, result.design, result.select);
  endBurst();
  if (!result) return;
  if (result.design === state.design) {
    if (result.select) state.select(result.select);
    return;
  }
  state.commit(() => result.design, { content: result.content, select: result.select });
}
