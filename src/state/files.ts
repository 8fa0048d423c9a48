import { type Design, FORMAT, formatIssue, parseDesign, serialize } from '../core/document';
import { isFlowchartText } from '../core/import/sniff';
import { createDesign } from './designs';
import { notify } from './notify';
import { snapshotBefore } from './versions';
import { useEditor } from './store';
import { layoutIfNeeded } from './layout/layoutClient';
import { designTextOfBytes } from '../core/export';

/** Opening and saving design files. Opening never touches the design on the canvas unless it succeeds. */

export async function openDesignText(text: string, fileName: string): Promise<boolean> {
  // A Mermaid flowchart (a .mmd file, or one dropped or pasted) is read by Mermaid's parser, loaded now.
  if (isFlowchartText(text)) return (await import('./mermaidImport')).openMermaidText(text, fileName, openDesignText);
  const result = parseDesign(text);
  if (!result.ok) {
    notify(`${fileName} was not opened: it is not a valid design.`, 'error', result.errors.slice(0, 20).map(formatIssue));
    return false;
  }
  let design: Design = result.design;
  try {
    design = await layoutIfNeeded(design);
  } catch (e) {
    notify(`${fileName}: automatic layout failed (${(e as Error).message}); nodes are placed in a grid.`, 'error');
    design = { ...design, nodes: design.nodes.map((n, i) => (n.position ? n : { ...n, position: { x: (i % 6) * 260, y: Math.floor(i / 6) * 160 } })) };
  }
  if (!design.title) design = { ...design, title: fileName.replace(/\.(json|svg|png|mmd|mermaid)$/i, '') };
  await snapshotBefore(`opening ${fileName}`);
  await createDesign(design);
  const unknown = result.issues.filter((i) => i.severity !== 'error');
  notify(`Opened ${fileName} as a new design.`, 'info', unknown.length ? unknown.slice(0, 10).map(formatIssue) : undefined);
  return true;
}

export async function openDesignFile(file: File): Promise<boolean> {
  let text: string;
  try {
    // A design file, or a PNG or SVG exported by the studio with the design inside.
    text = designTextOfBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (e) {
    notify(`${file.name} was not opened: ${(e as Error).message}`, 'error');
    return false;
  }
  return openDesignText(text, file.name);
}

/**
 * Text pasted onto the canvas that is a whole diagram rather than copied cards: a Mermaid flowchart
 * or a design file opens as a new design. Returns whether it was one of those.
 */
export function openPastedText(text: string): boolean {
  const trimmed = text.trim();
  const isDesign = trimmed.startsWith('{') && trimmed.includes(`"${FORMAT}"`);
  if (!isDesign && !isFlowchartText(trimmed)) return false;
  void openDesignText(trimmed, isDesign ? 'Pasted design' : 'Pasted diagram');
  return true;
}

export function fileNameFor(design: Design, ext: string): string {
  const base = (design.title ?? 'design').trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design';
  return `${base}.${ext}`;
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveDesignFile(): void {
  const { design } = useEditor.getState();
  download(new Blob([serialize(design)], { type: 'application/json' }), fileNameFor(design, 'json'));
}

/** Asks the browser for a file with the system picker. */
export function pickFile(accept = '.json,application/json,.png,image/png,.svg,image/svg+xml,.mmd,.mermaid'): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.setAttribute('aria-label', 'Open design file');
  input.style.display = 'none';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void openDesignFile(file);
    input.remove();
  });
  document.body.appendChild(input);
  input.click();
}
