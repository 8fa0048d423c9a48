import ELK from 'elkjs/lib/elk.bundled.js';

// ELK runs here, off the main thread, so a large layout never freezes the editor.
const elk = new ELK();

self.onmessage = async (e: MessageEvent<{ id: number; graph: unknown }>) => {
  const { id, graph } = e.data;
  try {
    const result = await elk.layout(graph as Parameters<typeof elk.layout>[0]);
    self.postMessage({ id, result });
  } catch (err) {
    self.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
};
