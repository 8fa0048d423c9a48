import { create } from 'zustand';
import { designFromFlowchart, type Flowchart, type Unmatched, withoutMermaidPreamble } from '../core/import';
import { notify } from './notify';

/**
 * Mermaid flowcharts opened or pasted into the studio. Mermaid's parser is large, so it loads on the
 * first diagram. Nodes whose text names no kind wait in `usePendingImport` while the person picks
 * their kinds in the "pick a kind" dialog; nothing is opened until every node has one.
 */
interface PendingImport {
  fileName: string;
  chart: Flowchart;
  unmatched: Unmatched[];
}

export const usePendingImport = create<{ pending?: PendingImport }>()(() => ({}));

const titleOf = (fileName: string) => fileName.replace(/\.(mmd|mermaid|md|txt)$/i, '');

function parseInWorker(text: string): Promise<Flowchart> {
  const worker = new Worker(new URL('./mermaid.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Flowchart>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ok: true; chart: Flowchart } | { ok: false; message: string }>) =>
      e.data.ok ? resolve(e.data.chart) : reject(new Error(e.data.message));
    worker.onerror = (e) => reject(new Error(e.message || 'the Mermaid parser did not load'));
    worker.postMessage(text);
  }).finally(() => worker.terminate());
}

type Open = (designText: string, fileName: string) => Promise<boolean>;
let open: Open | undefined;

/**
 * Reads a Mermaid flowchart and opens it as a new design with `openDesign`, or asks for the kinds
 * it could not match (the dialog then calls finishMermaidImport).
 */
export async function openMermaidText(text: string, fileName: string, openDesign: Open): Promise<boolean> {
  open = openDesign;
  let chart: Flowchart;
  try {
    chart = await parseInWorker(withoutMermaidPreamble(text));
  } catch (e) {
    notify(`${fileName} was not opened: Mermaid cannot read it.`, 'error', [(e as Error).message]);
    return false;
  }
  if (!chart.vertices.length) {
    notify(`${fileName} was not opened: the flowchart has no nodes.`, 'error');
    return false;
  }
  const imported = designFromFlowchart(chart, { title: titleOf(fileName) });
  if (imported.ok) return openDesign(JSON.stringify(imported.doc), fileName);
  usePendingImport.setState({ pending: { fileName, chart, unmatched: imported.unmatched } });
  // Imported here, not at the top: a static import of the command runner from this lazy chunk makes
  // the bundler split the first load into more chunks (+3 kB gzip).
  (await import('./commands/run')).uiServices().open('mermaid-kinds');
  return false;
}

/** Opens the waiting diagram with the kinds picked for its unmatched nodes (by diagram node id). */
export async function finishMermaidImport(kinds: Readonly<Record<string, string>>): Promise<boolean> {
  const pending = usePendingImport.getState().pending;
  if (!pending || !open) return false;
  const imported = designFromFlowchart(pending.chart, { title: titleOf(pending.fileName), kinds });
  if (!imported.ok) return false;
  usePendingImport.setState({ pending: undefined });
  return open(JSON.stringify(imported.doc), pending.fileName);
}

export function cancelMermaidImport(): void {
  usePendingImport.setState({ pending: undefined });
}
