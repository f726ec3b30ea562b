import { describe, expect, it } from "vitest";
import { advanceClock, nowFor, resetClock, testHooksEnabled } from "@/lib/clock";

describe("test clock", () => {
  it("is only honoured with NAALDWIJZER_TEST=1, per user", () => {
    const test = { NAALDWIJZER_TEST: "1" };
    const prod = { NODE_ENV: "production" };
    expect(testHooksEnabled(test)).toBe(true);
    expect(testHooksEnabled(prod)).toBe(false);
    expect(() => advanceClock("u1", 1000, prod)).toThrow();
    advanceClock("u1", 24 * 3600_000, test);
    const shifted = nowFor("u1", test).getTime() - Date.now();
    expect(shifted).toBeGreaterThan(24 * 3600_000 - 1000);
    expect(Math.abs(nowFor("u2", test).getTime() - Date.now())).toBeLessThan(1000);
    // the offset is ignored outside test mode even if one was set
    expect(Math.abs(nowFor("u1", prod).getTime() - Date.now())).toBeLessThan(1000);
    resetClock("u1");
    expect(Math.abs(nowFor("u1", test).getTime() - Date.now())).toBeLessThan(1000);
  });
});
