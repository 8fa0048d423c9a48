import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign, newNode, setProp } from '../core/document';
import { useEditor } from './store';

const editor = () => useEditor.getState();

beforeEach(() => {
  const node = newNode('trainer', { x: 0, y: 0 }, new Set());
  editor().load('d1', { ...emptyDesign(), nodes: [node] });
});

describe('editor store', () => {
  it('undoes and redoes every edit, 250 steps deep', () => {
    for (let i = 0; i < 250; i++) editor().commit((d) => setProp(d, 'trainer', 'schedule', i % 2 ? 'daily' : 'weekly'));
    for (let i = 0; i < 250; i++) editor().undo();
    expect(editor().design.nodes[0].props.schedule).toBe('manual');
    for (let i = 0; i < 250; i++) editor().redo();
    expect(editor().design.nodes[0].props.schedule).toBe('daily');
  });

  it('a drag of many frames is one undo step and does not count as a content change', () => {
    const rev = editor().contentRev;
    editor().beginDrag();
    for (let x = 1; x <= 20; x++) editor().dragNodes(new Map([['trainer', { x: x * 10, y: 0 }]]));
    editor().endDrag();
    expect(editor().design.nodes[0].position).toEqual({ x: 200, y: 0 });
    expect(editor().contentRev).toBe(rev);
    editor().undo();
    expect(editor().design.nodes[0].position).toEqual({ x: 0, y: 0 });
  });

  it('a new edit after undo drops the redo stack', () => {
    editor().commit((d) => setProp(d, 'trainer', 'schedule', 'daily'));
    editor().undo();
    editor().commit((d) => setProp(d, 'trainer', 'schedule', 'weekly'));
    expect(editor().history.future).toEqual([]);
  });
});
