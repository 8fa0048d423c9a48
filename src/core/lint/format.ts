
/** Lists in messages: "Feature store, Cache". */
export const joinList = (items: readonly string[]): string => items.join(', ');

/** Paths in messages: "Client request → Heavy ranker". */
export const joinPath = (items: readonly string[]): string => items.join(' → ');

/** 10000000 → "10,000,000": counts of items are read at a glance. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const hasAny = (set: ReadonlySet<string>, values: readonly string[]): boolean => values.some((v) => set.has(v));
