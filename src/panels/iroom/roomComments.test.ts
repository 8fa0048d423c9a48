import { describe, expect, it } from 'vitest';
import { emptyDesign, newNode } from '../../core/document';
import { reviewComments } from './roomComments';

const design = () => ({ ...emptyDesign('Feed'), nodes: [newNode('model-server', { x: 0, y: 0 }, new Set())] });

describe('the comments of a reviewed design', () => {
  it('reads a design comments field, whatever it pins to, and skips broken entries', () => {
    const d = design();
    const ranker = d.nodes[0].id;
    const withComments = {
      ...d,
      comments: [
        { id: 'c1', target: ranker, author: 'Ida', text: 'What if the ranker times out?', replies: [{ author: 'Sam', text: 'Fallback to popular' }, { author: 'x' }], resolved: true },
        { id: 'c2', target: { node: ranker }, author: 'Sam', text: 'Cached features here' },
        { id: 'c3', author: 'nobody', text: 'no target' },
        'junk',
      ],
    };
    const comments = reviewComments(withComments, undefined);
    expect(comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(comments[0]).toMatchObject({ on: { node: ranker }, resolved: true, replies: [{ author: 'Sam', text: 'Fallback to popular' }] });
    expect(comments[1].replies).toEqual([]);
  });

  it('has none for a design without the field and no room', () => {
    expect(reviewComments(design(), undefined)).toEqual([]);
  });
});
