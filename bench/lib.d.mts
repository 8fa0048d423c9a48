// Types for what the TypeScript benches import from lib.mjs.
export const root: string;
export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export function build(dist: string): void;
