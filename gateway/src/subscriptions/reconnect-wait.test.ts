import { DEFAULT_MAX_RECONNECT_WAIT_MS, reconnectWait } from './gateway-subscriptions';

describe('the wait before reconnecting to a dropped instance (reconnectWait)', () => {
  it("grows as graphql-ws's randomised exponential backoff: 2^attempt seconds and 0.3 to 3 s of jitter", () => {
    for (const attempt of [0, 1, 2, 3]) {
      for (let i = 0; i < 20; i++) {
        const wait = reconnectWait(attempt, DEFAULT_MAX_RECONNECT_WAIT_MS);
        expect(wait).toBeGreaterThanOrEqual(2 ** attempt * 1000 + 300);
        expect(wait).toBeLessThan(2 ** attempt * 1000 + 3000);
      }
    }
  });

  it('is capped, so an instance back after a long outage is reached again within the cap', () => {
    expect(DEFAULT_MAX_RECONNECT_WAIT_MS).toBe(30_000);
    expect(reconnectWait(10, DEFAULT_MAX_RECONNECT_WAIT_MS)).toBe(30_000);
    expect(reconnectWait(1_000, 5_000)).toBe(5_000);
  });
});
