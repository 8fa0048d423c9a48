/**
 * Room links carry the room and its token in the URL fragment (`#room=<id>&token=<t>`), which browsers
 * never send to a server, so tokens stay out of every server log. `watch` marks a watch link for the
 * screen; the server decides the role from the token alone.
 */
export interface RoomLink {
  room: string;
  token: string;
  watch: boolean;
}

export function roomLinkOf(hash: string): RoomLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room');
  const token = params.get('token');
  if (!room || !token) return undefined;
  return { room, token, watch: params.has('watch') };
}

export function roomLink(base: string, room: string, token: string, watch: boolean): string {
  const url = new URL(base);
  url.search = '';
  const params = new URLSearchParams({ room, token });
  url.hash = `${params.toString()}${watch ? '&watch' : ''}`;
  return url.toString();
}
