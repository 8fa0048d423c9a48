import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign, newNode, setProp } from '../core/document';
import { useNotices } from './notify';
import { useEditor } from './store';
import type { VersionBackend } from './versionStore';
import { KEEP_AUTOMATIC, restoreVersion, saveVersion, setVersionBackend, snapshotBefore, useVersions } from './versions';

function memoryBackend(): VersionBackend & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    put: async (k, v) => void data.set(k, structuredClone(v)),
    get: async (k) => data.get(k),
    getMany: async (ks) => ks.map((k) => data.get(k)),
    del: async (k) => void data.delete(k),
    keys: async () => [...data.keys()],
  };
}

const editor = () => useEditor.getState();
const latency = () => editor().design.nodes[0].props.latencyMs;
const setLatency = (ms: number) => editor().commit((d) => setProp(d, 'model-server', 'latencyMs', ms));

let backend: ReturnType<typeof memoryBackend>;

beforeEach(() => {
  backend = memoryBackend();
  setVersionBackend(backend);
  useNotices.setState({ notices: [] });
  editor().load(`d-${Math.random()}`, { ...emptyDesign('Feed'), nodes: [newNode('model-server', { x: 0, y: 0 }, new Set())] });
});

describe('version history', () => {
  it('restores a saved version as one undo step', async () => {
    setLatency(10);
    await saveVersion('ten ms');
    setLatency(20);
    setLatency(30);
    const key = useVersions.getState().list.find((v) => v.name === 'ten ms')!.key;
    await restoreVersion(key);
    expect(latency()).toBe(10);
    editor().undo();
    expect(latency()).toBe(30);
  });

  it('keeps the current design as a version before restoring, so the restore itself can be taken back later', async () => {
    setLatency(10);
    await saveVersion('ten');
    setLatency(40);
    await restoreVersion(useVersions.getState().list[0].key);
    const reasons = useVersions.getState().list.map((v) => v.reason);
    expect(reasons).toContain('before restore');
  });

  it('keeps the last 50 automatic versions and every named one', async () => {
    await saveVersion('baseline');
    for (let i = 1; i <= KEEP_AUTOMATIC + 10; i++) {
      setLatency(i);
      await snapshotBefore('quick fix');
    }
    const list = useVersions.getState().list;
    expect(list.filter((v) => !v.name)).toHaveLength(KEEP_AUTOMATIC);
    expect(list.some((v) => v.name === 'baseline')).toBe(true);
    // Newest first, and the newest is the last edit.
    expect(list[0].size).toBeGreaterThan(0);
    expect(list.filter((v) => !v.name).at(-1)!.at).toBeLessThan(list[0].at);
  });

  it('skips an automatic version identical to the previous one', async () => {
    setLatency(5);
    await snapshotBefore('tidy up');
    await snapshotBefore('tidy up');
    expect(useVersions.getState().list).toHaveLength(1);
  });

  it('when storage is full, keeps the design open and unchanged and says the version was not kept', async () => {
    setLatency(7);
    const full = memoryBackend();
    full.put = async () => {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    };
    setVersionBackend(full);
    const before = editor().design;
    expect(await snapshotBefore('quick fix')).toBe(false);
    expect(editor().design).toBe(before);
    const notice = useNotices.getState().notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.message).toMatch(/storage is full.*not kept.*design is unchanged/i);
  });
});
