import type { Design } from '../../core/document';
import { type Elk, layoutIfMissing } from '../../core/layout';

/** An ELK-shaped object whose layout() runs in a Web Worker (created on first use, kept after). */
type Pending = { resolve(v: unknown): void; reject(e: Error): void };
let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.error) p.reject(new Error(e.data.error));
    else p.resolve(e.data.result);
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'layout worker failed'));
    pending.clear();
  };
  return worker;
}

export const workerElk = {
  layout<T>(graph: T): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      getWorker().postMessage({ id, graph });
    });
  },
} as unknown as Elk;

/** Lays out a design whose nodes lack positions (format 1 allows it); others come back as they are. */
export async function layoutIfNeeded(design: Design): Promise<Design> {
  if (design.nodes.every((n) => n.position)) return design;
  return layoutIfMissing(design, workerElk);
}
