import { requestCommentBox } from '../comments';
import { defineCommand } from './types';

/** Pins a comment to the selected component or edge: the inspector's comment box takes the focus. */
export const addCommentCommand = defineCommand({
  name: 'add-comment',
  label: 'Add comment',
  keys: ['Alt+C'],
  enabled: ({ selection }) => selection.nodeIds.size + selection.edgeIds.size === 1,
  perform: () => requestCommentBox(),
});
