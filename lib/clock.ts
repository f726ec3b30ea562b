/**
 * The server's clock for time-bound rules (exam deadlines, cool-downs). In end-to-end tests
 * (NAALDWIJZER_TEST=1, set by the Playwright web server only) a per-user offset can be added through
 * POST /api/v1/test/clock, so a test can wait out a 24-hour cool-down without slowing down anyone else's
 * clock. Outside test mode the offsets are ignored and the endpoint answers 404.
 */

export function testHooksEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.NAALDWIJZER_TEST === "1";
}

const store = globalThis as unknown as { naaldwijzerClockOffsets?: Map<string, number> };
const offsets = () => (store.naaldwijzerClockOffsets ??= new Map());

/** Now, as the exam rules see it for this user. */
export function nowFor(userId: string | null, env: Record<string, string | undefined> = process.env): Date {
  const offset = userId && testHooksEnabled(env) ? (offsets().get(userId) ?? 0) : 0;
  return new Date(Date.now() + offset);
}

/** Moves one user's clock forward (test mode only); returns the new total offset in ms. */
export function advanceClock(userId: string, ms: number, env: Record<string, string | undefined> = process.env): number {
  if (!testHooksEnabled(env)) throw new Error("the test clock is only available with NAALDWIJZER_TEST=1");
  const total = (offsets().get(userId) ?? 0) + ms;
  offsets().set(userId, total);
  return total;
}

export function resetClock(userId: string): void {
  offsets().delete(userId);
}
