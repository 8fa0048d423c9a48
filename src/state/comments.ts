import { create } from 'zustand';
import { useSideTab } from './sideTab';

/** What the canvas and the command palette need of comments before the thread UI has loaded. */
interface CommentBox {
  /** Bumped by the "Add comment" command: the comment box of the selection takes the focus. */
  focusRequests: number;
}

export const useCommentBox = create<CommentBox>()(() => ({ focusRequests: 0 }));

export function requestCommentBox() {
  useSideTab.getState().show('inspector');
  useCommentBox.setState((s) => ({ focusRequests: s.focusRequests + 1 }));
}
