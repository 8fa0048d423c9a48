import type { Design } from '../document';
import { toJsonFile } from './json';
import { toMarkdown } from './markdown';
import { toMermaid } from './mermaid';

export type TextFormat = 'json' | 'mermaid' | 'markdown';

/** The text exports, through the same core serializers as `mlsd export`. */
export const TEXT_EXPORTS: Record<TextFormat, { ext: string; mime: string; write(design: Design): string }> = {
  json: { ext: 'json', mime: 'application/json', write: toJsonFile },
  mermaid: { ext: 'mmd', mime: 'text/vnd.mermaid', write: (d) => toMermaid(d) },
  markdown: { ext: 'md', mime: 'text/markdown', write: (d) => toMarkdown(d) },
};
