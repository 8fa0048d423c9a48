/**
 * A command's shortcut is written once, as chords like "Mod+Shift+Z": `Mod` is Ctrl on Linux and
 * Windows and Cmd on macOS. The same chords test a key press and print the label that menus,
 * tooltips, the palette and the shortcuts dialog show (the first chord).
 */

/** A key press as commands see it: enough to test shortcuts without a DOM. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Chord {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parse(chord: string): Chord {
  // The last part is the key, so "+" and "Mod++" name the plus key itself.
  const parts = chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
  const key = chord === '+' ? '+' : parts[parts.length - 1];
  const mods = chord === '+' ? [] : parts.slice(0, -1);
  return { mod: mods.includes('Mod'), alt: mods.includes('Alt'), shift: mods.includes('Shift'), key };
}

/**
 * Letters, digits and named keys (arrows, Enter) keep their name under Shift, so Shift is compared
 * (Alt+Arrow and Alt+Shift+Arrow are two moves); for symbols the layout decides, so it is not.
 */
const shiftMatters = (key: string) => /^[a-z0-9]$/i.test(key) || key.length > 1;

function matches(chord: Chord, e: KeyLike): boolean {
  if ((e.ctrlKey || e.metaKey) !== chord.mod || e.altKey !== chord.alt) return false;
  if (shiftMatters(chord.key) && e.shiftKey !== chord.shift) return false;
  return e.key.toLowerCase() === chord.key.toLowerCase();
}

export function matchesKeys(keys: readonly string[] | undefined, e: KeyLike): boolean {
  return !!keys?.some((k) => matches(parse(k), e));
}

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** How the shortcut reads in menus: "Ctrl+Shift+Z"; the four arrows with one set of modifiers read "Alt+Arrows". */
export function shortcutLabel(keys: readonly string[] | undefined): string | undefined {
  if (!keys?.length) return undefined;
  const chord = keys[0];
  if (chord === '+') return '+';
  const { key } = parse(chord);
  const prefix = chord.slice(0, chord.length - key.length);
  const label = ARROWS.includes(key) && ARROWS.every((a) => keys.includes(prefix + a)) ? `${prefix}Arrows` : chord;
  return label.replace(/\bMod\b/g, 'Ctrl');
}

/** The arrow key a press names, as a direction ("ArrowLeft" → "left"). */
export function arrowDirection(e: KeyLike | undefined): 'left' | 'right' | 'up' | 'down' | undefined {
  return e && ARROWS.includes(e.key) ? (e.key.slice(5).toLowerCase() as 'left' | 'right' | 'up' | 'down') : undefined;
}
