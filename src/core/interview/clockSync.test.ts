import { describe, expect, it } from 'vitest';
import { bestOffset, clockOffset, readServerTime } from './clockSync';

describe('clock offset', () => {
  it('finds a server 5 s ahead from a symmetric 200 ms round trip', () => {
    expect(clockOffset({ sentAt: 1_000, serverTime: 6_100, receivedAt: 1_200 })).toBe(5_000);
  });

  it('finds a server behind this machine as a negative offset', () => {
    expect(clockOffset({ sentAt: 90_000, serverTime: 30_050, receivedAt: 90_100 })).toBe(-60_000);
  });

  it('refuses a sample whose answer came back before it left', () => {
    expect(clockOffset({ sentAt: 2_000, serverTime: 5_000, receivedAt: 1_000 })).toBeUndefined();
  });

  it('trusts the shortest round trip of several samples', () => {
    const samples = [
      { sentAt: 0, serverTime: 10_900, receivedAt: 1_000 }, // slow: midpoint guess 10_400
      { sentAt: 2_000, serverTime: 12_010, receivedAt: 2_020 }, // quick: 10_000
    ];
    expect(bestOffset(samples)).toBe(10_000);
    expect(bestOffset([])).toBeUndefined();
  });

  it('two machines minutes apart read the same session instant', () => {
    const server = 1_700_000_000_000;
    const host = { skew: -120_000 };
    const candidate = { skew: 45_000 };
    const offsetOf = (m: { skew: number }) => clockOffset({ sentAt: server + m.skew - 50, serverTime: server, receivedAt: server + m.skew + 50 })!;
    const later = 30_000;
    expect(server + host.skew + later + offsetOf(host)).toBe(server + candidate.skew + later + offsetOf(candidate));
  });

  it('reads the server answer, refusing anything but a positive number', () => {
    expect(readServerTime({ now: 1234 })).toBe(1234);
    expect(readServerTime({ now: '1234' })).toBeUndefined();
    expect(readServerTime(null)).toBeUndefined();
  });
});
