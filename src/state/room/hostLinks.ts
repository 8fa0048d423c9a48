// After a reload the host's tab opens its own link again; this tab (only) remembers that it hosts.
const hostKey = (room: string) => `mlsd-studio:interview-host:${room}`;

export function keepHostLinks(room: string, links: { candidate: string; watcher: string }) {
  try {
    sessionStorage.setItem(hostKey(room), JSON.stringify(links));
  } catch {
    // Without sessionStorage a reload shows the host the candidate's strip; the server still knows the token.
  }
}

export function readHostLinks(room: string): { candidate: string; watcher: string } | undefined {
  try {
    const raw = sessionStorage.getItem(hostKey(room));
    const links = raw ? (JSON.parse(raw) as { candidate?: unknown; watcher?: unknown }) : undefined;
    return links && typeof links.candidate === 'string' && typeof links.watcher === 'string' ? { candidate: links.candidate, watcher: links.watcher } : undefined;
  } catch {
    return undefined;
  }
}
