/** `base`, or `base-2`, `base-3`… whichever is not taken yet: readable ids for nodes and edges. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let i = 2;
  while (taken.has(`${base}-${i}`)) i++;
  return `${base}-${i}`;
}

/** A node id from a kind or a copied id, reduced to characters safe in files and exports. */
export function uniqueNodeId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'node';
  return uniqueId(clean, taken);
}

/** An edge id derived from its ends ("cg-lr"), as format 1 defaults it. */
export function uniqueEdgeId(source: string, target: string, taken: ReadonlySet<string>): string {
  return uniqueId(`${source}-${target}`, taken);
}
