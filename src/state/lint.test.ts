import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign, newNode, setProp } from '../core/document';
import { lint } from '../core/lint';
import { currentFindings, startLinting, useLint } from './lint';
import { useRoom } from './room/roomState';
import { useEditor } from './store';

const editor = () => useEditor.getState();
const trainerFindings = () => useLint.getState().result.findings.filter((f) => f.nodeIds.includes('trainer')).map((f) => f.ruleId);

let stop: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  editor().load('d1', { ...emptyDesign(), nodes: [newNode('trainer', { x: 0, y: 0 }, new Set())] });
  stop = startLinting();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

/** Whatever lint was queued has run: a prop edit's in a microtask, any other after the next frame. */
async function caughtUp() {
  await Promise.resolve();
  vi.runAllTimers();
}

describe('lint of the open design', () => {
  it('lets an edit show first and brings the findings up to date right after', () => {
    const before = trainerFindings();
    expect(before).toContain('no-labels');
    editor().commit((d) => ({ ...d, nodes: [] }));
    expect(trainerFindings()).toEqual(before);
    vi.runAllTimers();
    expect(trainerFindings()).toEqual([]);
  });

  it('lints a burst of edits once, on the last of them', () => {
    const runs = useLint.getState().runs;
    for (const schedule of ['daily', 'weekly', 'manual', 'daily'] as const) editor().commit((d) => setProp(d, 'trainer', 'schedule', schedule));
    vi.runAllTimers();
    expect(useLint.getState().runs).toBe(runs + 1);
    expect(useLint.getState().rev).toBe(editor().contentRev);
  });

  it("brings a prop edit's findings in the edit's own task, before the browser can paint", async () => {
    await vi.dynamicImportSettled();
    // The incremental linter's first run is a full one: it has nothing to compare with yet.
    editor().commit((d) => setProp(setProp(d, 'trainer', 'domain', 'ads'), 'trainer', 'splitStrategy', 'time-based'));
    await caughtUp();
    expect(trainerFindings()).not.toContain('temporal-leakage');
    editor().commit((d) => setProp(d, 'trainer', 'splitStrategy', 'random'));
    await Promise.resolve();
    expect(trainerFindings()).toContain('temporal-leakage');
    expect(useLint.getState().rev).toBe(editor().contentRev);
  });

  it('gives an export the findings of the design as it is now, even before lint has caught up', () => {
    expect(currentFindings().some((f) => f.nodeIds.includes('trainer'))).toBe(true);
    editor().commit((d) => ({ ...d, nodes: [] }));
    expect(currentFindings().some((f) => f.nodeIds.includes('trainer'))).toBe(false);
  });

  it('keeps the findings equal to a full lint through prop edits (incremental) and structural ones', async () => {
    await vi.dynamicImportSettled();
    const edits = [
      (d: ReturnType<typeof editor>['design']) => setProp(d, 'trainer', 'splitStrategy', 'random'),
      (d: ReturnType<typeof editor>['design']) => setProp(d, 'trainer', 'domain', 'ads'),
      (d: ReturnType<typeof editor>['design']) => ({ ...d, nodes: [...d.nodes, newNode('feature-store', { x: 0, y: 0 }, new Set(d.nodes.map((n) => n.id)))] }),
      (d: ReturnType<typeof editor>['design']) => setProp(d, 'trainer', 'calibration', 'none'),
    ];
    const seen = new Set<string>();
    for (const edit of edits) {
      editor().commit(edit);
      await caughtUp();
      expect(useLint.getState().result).toEqual(lint(editor().design));
      for (const f of useLint.getState().result.findings) seen.add(f.ruleId);
    }
    // The edits really changed what is found: temporal leakage on a random split, calibration for ads.
    expect(seen).toContain('temporal-leakage');
    expect(seen).toContain('uncalibrated-probabilities');
  });
});

describe('an interview room with hints off', () => {
  afterEach(() => useRoom.setState({ hintsHidden: undefined }));

  it('holds no findings, badges or exportable findings for the candidate, and gets them back when hints return', () => {
    expect(trainerFindings()).toContain('no-labels');
    useRoom.setState({ hintsHidden: true });
    expect(useLint.getState().result.findings).toEqual([]);
    expect(useLint.getState().badges.size).toBe(0);
    editor().commit((d) => setProp(d, 'trainer', 'schedule', 'weekly'));
    vi.runAllTimers();
    expect(currentFindings()).toEqual([]);
    useRoom.setState({ hintsHidden: false });
    expect(trainerFindings()).toContain('no-labels');
  });
});
