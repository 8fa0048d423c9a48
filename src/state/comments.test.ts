import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign, newNode } from '../core/document';
import { commandForKey, getCommand, type UiServices } from './commands';
import { pinComment, replyTo, resolveComment } from './commentEdits';
import { useCommentBox } from './comments';
import { useSideTab } from './sideTab';
import { EMPTY_SELECTION, useEditor } from './store';

const ranker = { ...newNode('heavy-ranker', { x: 0, y: 0 }, new Set()), id: 'ranker' };
const editor = () => useEditor.getState();

describe('comments from the screen', () => {
  beforeEach(() => {
    editor().load('comments-test', { ...emptyDesign(), nodes: [ranker] });
    editor().select({ nodeIds: new Set(['ranker']), edgeIds: new Set() });
  });

  it('pinning, replying and resolving are each one undoable edit of the design', () => {
    expect(pinComment({ node: 'ranker' }, 'What happens when it times out?')).toBe(true);
    const [comment] = editor().design.comments!;
    expect(comment).toMatchObject({ target: { node: 'ranker' }, text: 'What happens when it times out?', resolved: false });
    replyTo(comment.id, 'Cached ranking');
    resolveComment(comment.id, true);
    expect(editor().design.comments?.[0]).toMatchObject({ resolved: true, replies: [{ text: 'Cached ranking' }] });
    editor().undo();
    expect(editor().design.comments?.[0].resolved).toBe(false);
    editor().undo();
    editor().undo();
    expect(editor().design.comments).toBeUndefined();
  });

  it('an empty comment is refused and changes nothing', () => {
    const before = editor().design;
    expect(pinComment({ node: 'ranker' }, '   ')).toBe(false);
    expect(editor().design).toBe(before);
  });

  it('"Add comment" (Alt+C) needs one selected card or edge, and brings the inspector with its comment box', () => {
    const command = getCommand('add-comment');
    expect(commandForKey({ key: 'c', altKey: true, ctrlKey: false, metaKey: false, shiftKey: false })).toBe(command);
    const ui = {} as UiServices;
    expect(command.enabled?.({ design: editor().design, selection: EMPTY_SELECTION, ui })).toBe(false);
    expect(command.enabled?.({ design: editor().design, selection: editor().selection, ui })).toBe(true);
    useSideTab.getState().show('findings');
    const before = useCommentBox.getState().focusRequests;
    command.perform({ design: editor().design, selection: editor().selection, ui });
    expect(useCommentBox.getState().focusRequests).toBe(before + 1);
    expect(useSideTab.getState().tab).toBe('inspector');
  });
});
