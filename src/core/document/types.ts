import { COMMENT, CURRENT_VERSION, DESIGN, EDGE, FLOWS, FORMAT, type Infer, NODE, REPLY } from './schema';
import { UNTITLED } from './title';

export { CURRENT_VERSION, FLOWS, FORMAT, SCHEMA_URL } from './schema';

/** The types of the design document, derived from the one schema (schema.ts). */
export type Flow = (typeof FLOWS)[number];
export type Design = Infer<typeof DESIGN>;
export type DesignNode = Infer<typeof NODE>;
export type DesignEdge = Infer<typeof EDGE>;
export type Position = NonNullable<DesignNode['position']>;
export type DesignSettings = NonNullable<Design['settings']>;
export type DesignComment = Infer<typeof COMMENT>;
export type CommentReply = Infer<typeof REPLY>;
export type CommentTarget = DesignComment['target'];
export type WalkthroughStep = NonNullable<Design['walkthrough']>[number];

export type Severity = 'error' | 'warning' | 'info';

/** A problem found while reading a file: where (a JSON path) and what. */
export interface ReadIssue {
  path: string;
  message: string;
  severity: Severity;
}

export function emptyDesign(title = UNTITLED): Design {
  return { format: FORMAT, version: CURRENT_VERSION, title, nodes: [], edges: [] };
}
