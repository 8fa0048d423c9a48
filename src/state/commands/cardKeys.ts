import { type CommandName, getCommand, shortcutLabel } from '.';

const keyOf = (name: CommandName) => shortcutLabel(getCommand(name).keys);

/** What a screen reader says a card's keys do, from the same key specs the shortcuts dialog lists. */
export function cardKeysDescription(): string {
  return `${keyOf('focus-nearest')} go to the nearest card, ${keyOf('move-card')} move it, ${keyOf('edit-in-inspector')} edits it in the Inspector, ${keyOf('connect-to')} connects it to another card, ${keyOf('delete')} deletes it.`;
}
