import { describe, expect, it } from 'vitest';
import { COMMANDS } from '.';
import { arrowDirection, type KeyLike, matchesKeys, shortcutLabel } from './keys';

const press = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('key chords', () => {
  it('Mod is Ctrl or Cmd, and the other modifiers must match for letters', () => {
    expect(matchesKeys(['Mod+Shift+Z'], press('Z', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(matchesKeys(['Mod+Shift+Z'], press('z', { ctrlKey: true }))).toBe(false);
    expect(matchesKeys(['Mod+D'], press('d', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesKeys(['Mod+D'], press('d'))).toBe(false);
  });

  it('names the plus key and symbols whatever Shift the keyboard layout needs for them', () => {
    expect(matchesKeys(['+', '='], press('+', { shiftKey: true }))).toBe(true);
    expect(matchesKeys(['+', '='], press('='))).toBe(true);
    expect(matchesKeys(['?'], press('?', { shiftKey: true }))).toBe(true);
    expect(matchesKeys(['?'], press('?', { ctrlKey: true }))).toBe(false);
  });

  it('labels a command with its first chord, Mod read as Ctrl', () => {
    expect(shortcutLabel(['Mod+Shift+Z', 'Mod+Y'])).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel(['+', '='])).toBe('+');
    expect(shortcutLabel(undefined)).toBeUndefined();
  });

  it('reads the four arrows with the same modifiers as one key, and tells Shift apart on them', () => {
    const moves = ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+ArrowUp', 'Alt+ArrowDown'];
    expect(shortcutLabel(moves)).toBe('Alt+Arrows');
    expect(shortcutLabel(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])).toBe('Arrows');
    expect(shortcutLabel(['ArrowLeft'])).toBe('ArrowLeft');
    expect(matchesKeys(moves, press('ArrowUp', { altKey: true }))).toBe(true);
    expect(matchesKeys(moves, press('ArrowUp', { altKey: true, shiftKey: true }))).toBe(false);
    expect(matchesKeys(['Alt+Shift+ArrowUp'], press('ArrowUp', { altKey: true, shiftKey: true }))).toBe(true);
    expect(arrowDirection(press('ArrowDown'))).toBe('down');
    expect(arrowDirection(press('Enter'))).toBeUndefined();
  });

  it('gives no two commands the same chord', () => {
    const chords = COMMANDS.flatMap((c) => (c.keys ?? []).map((k) => k.toLowerCase()));
    expect(new Set(chords).size).toBe(chords.length);
  });
});
