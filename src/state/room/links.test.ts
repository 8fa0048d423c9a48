import { describe, expect, it } from 'vitest';
import { roomLink, roomLinkOf } from './links';

describe('room links', () => {
  it('carry room and token in the fragment only', () => {
    const link = roomLink('http://127.0.0.1:5173/?x=1#design=abc', 'R0om_-9', 'tok/+=en', false);
    const url = new URL(link);
    expect(url.search).toBe('');
    expect(url.pathname).toBe('/');
    expect(roomLinkOf(url.hash)).toEqual({ room: 'R0om_-9', token: 'tok/+=en', watch: false });
  });

  it('mark watch links', () => {
    expect(roomLinkOf(new URL(roomLink('http://h/', 'r', 't', true)).hash)?.watch).toBe(true);
  });

  it('ignore fragments that are not room links', () => {
    expect(roomLinkOf('#design=xyz')).toBeUndefined();
    expect(roomLinkOf('#room=abc')).toBeUndefined();
    expect(roomLinkOf('')).toBeUndefined();
  });
});
