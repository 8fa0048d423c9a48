import { parseFlowchart } from '../core/import/parse';

// Mermaid's parser is large and shares libraries (d3) with the canvas: in a worker it stays out of
// the app's chunks entirely, and a big diagram never blocks the editor.
self.onmessage = (e: MessageEvent<string>) => {
  try {
    self.postMessage({ ok: true, chart: parseFlowchart(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, message: (err as Error).message ?? String(err) });
  }
};
