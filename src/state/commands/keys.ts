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

/** Letters and digits change with Shift; for symbols and named keys the layout decides, so Shift is not compared. */
const shiftMatters = (key: string) => /^[a-z0-9]$/i.test(key);

function matches(chord: Chord, e: KeyLike): boolean {
  if ((e.ctrlKey || e.metaKey) !== chord.mod || e.altKey !== chord.alt) return false;
  if (shiftMatters(chord.key) && e.shiftKey !== chord.shift) return false;
  return e.key.toLowerCase() === chord.key.toLowerCase();
}

export function matchesKeys(keys: readonly string[] | undefined, e: KeyLike): boolean {
  return !!keys?.some((k) => matches(parse(k), e));
}

/** How the shortcut reads in menus: "Ctrl+Shift+Z". */
export function shortcutLabel(keys: readonly string[] | undefined): string | undefined {
  if (!keys?.length) return undefined;
  const chord = keys[0];
  return chord === '+' ? '+' : chord.replace(/\bMod\b/g, 'Ctrl');
}
