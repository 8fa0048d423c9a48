/** Telling a Mermaid flowchart from other text, light enough for the first load (no catalog, no parser). */

/**
 * What Mermaid's own preprocessing removes before its grammar sees the text (the grammar alone
 * refuses them): a YAML front matter block, `%%` comments and `%%{init}%%` directives.
 */
export function withoutMermaidPreamble(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*---\n[\s\S]*?\n---\s*\n/, '')
    .replace(/^\s*%%.*$/gm, '')
    .trimStart();
}

/** The first line after the preamble, which names a Mermaid diagram's type. */
export function mermaidHeader(text: string): string {
  return withoutMermaidPreamble(text).split('\n', 1)[0].trim();
}

/** Whether text is a Mermaid flowchart (its header is `flowchart` or `graph`), the only diagram type read. */
export const isFlowchartText = (text: string) => /^(flowchart|graph)\b/.test(mermaidHeader(text));
