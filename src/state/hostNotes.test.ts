import { describe, expect, it } from 'vitest';
import { readHostNotes } from './hostNotes';

describe('reading back the host notes', () => {
  it('keeps notes of known phases and hand ticks, drops anything else', () => {
    const raw = { notes: { clarify: 'asked about QPS late', 'no-such-phase': 'x', data: 42 }, ticked: { baseline: true, loss: 'yes' } };
    expect(readHostNotes(raw)).toEqual({ notes: { clarify: 'asked about QPS late' }, ticked: { baseline: true } });
  });

  it('reads nothing stored (a new room) as an empty scorecard', () => {
    expect(readHostNotes(undefined)).toEqual({ notes: {}, ticked: {} });
    expect(readHostNotes('garbage')).toEqual({ notes: {}, ticked: {} });
  });
});
