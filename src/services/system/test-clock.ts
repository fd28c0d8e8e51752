/**
 * A clock that runs with the real one but can be moved forward, for browser journeys that must see
 * an objection window close or a TMT arrive without waiting weeks. Only `main.ts` creates one, and
 * only with `PENATA_TEST_CLOCK=1` outside production; the application never moves time otherwise.
 */
export interface TestClock {
  now(): Date;
  /** Moves the clock forward by whole days (time of day kept); returns the new instant. */
  advanceDays(days: number): Date;
}

export function createTestClock(real: () => Date = () => new Date()): TestClock {
  let offsetMs = 0;
  return {
    now: () => new Date(real().getTime() + offsetMs),
    advanceDays(days) {
      offsetMs += days * 86_400_000;
      return new Date(real().getTime() + offsetMs);
    },
  };
}
