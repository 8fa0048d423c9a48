/**
 * One clock for every screen of an interview room. The session's instants are written on the host's
 * machine, and the candidate's machine may run seconds (or minutes) off; each browser therefore reads
 * the server's time once, NTP-style, and shows the session as of `Date.now() + offset`.
 */
export interface TimeSample {
  /** Local time the request left. */
  sentAt: number;
  /** The server's `Date.now()` as it answered. */
  serverTime: number;
  /** Local time the answer arrived. */
  receivedAt: number;
}

/**
 * How far the server's clock runs ahead of this one (negative when behind), assuming the answer was
 * stamped halfway through the round trip. Undefined for a sample that cannot be right.
 */
export function clockOffset(s: TimeSample): number | undefined {
  if (![s.sentAt, s.serverTime, s.receivedAt].every(Number.isFinite) || s.receivedAt < s.sentAt) return undefined;
  return s.serverTime - (s.sentAt + s.receivedAt) / 2;
}

/** The offset from the sample with the shortest round trip: the one whose midpoint guess errs least. */
export function bestOffset(samples: readonly TimeSample[]): number | undefined {
  let best: { rtt: number; offset: number } | undefined;
  for (const s of samples) {
    const offset = clockOffset(s);
    const rtt = s.receivedAt - s.sentAt;
    if (offset !== undefined && (!best || rtt < best.rtt)) best = { rtt, offset };
  }
  return best?.offset;
}

/** Reads `GET /api/time`'s answer: `{ now: <ms since the epoch> }`. */
export function readServerTime(body: unknown): number | undefined {
  const now = typeof body === 'object' && body !== null ? (body as { now?: unknown }).now : undefined;
  return typeof now === 'number' && Number.isFinite(now) && now > 0 ? now : undefined;
}
