import { describe, expect, it } from "vitest";
import { checkThrottle, THROTTLE, type Attempt } from "@/lib/auth/throttle";

const t0 = new Date("2026-11-25T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const fail = (minutes: number, email = "a@x.nl", ip = "1.1.1.1"): Attempt => ({ email, ip, success: false, createdAt: at(minutes) });

describe("sign-in throttling", () => {
  it("allows four failures and blocks the fifth onwards until the window has moved past the first", () => {
    const four = [0, 1, 2, 3].map((m) => fail(m));
    expect(checkThrottle(four, "a@x.nl", "1.1.1.1", at(4))).toEqual({ allowed: true });
    const five = [...four, fail(4)];
    const verdict = checkThrottle(five, "a@x.nl", "1.1.1.1", at(5));
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
    // 15 minutes after the first failure it has left the window.
    expect(checkThrottle(five, "a@x.nl", "1.1.1.1", at(15.01))).toEqual({ allowed: true });
  });

  it("counts per account and address: another address or account is not blocked", () => {
    const five = [0, 1, 2, 3, 4].map((m) => fail(m));
    expect(checkThrottle(five, "a@x.nl", "2.2.2.2", at(5)).allowed).toBe(true);
    expect(checkThrottle(five, "b@x.nl", "1.1.1.1", at(5)).allowed).toBe(true);
  });

  it("resets an account's count after a successful sign-in", () => {
    const attempts = [fail(0), fail(1), fail(2), fail(3), { ...fail(4), success: true }, fail(5)];
    expect(checkThrottle(attempts, "a@x.nl", "1.1.1.1", at(6)).allowed).toBe(true);
  });

  it("blocks one address spraying many accounts", () => {
    const spray = Array.from({ length: THROTTLE.maxPerIp }, (_, i) => fail(i * 0.1, `u${i}@x.nl`));
    const verdict = checkThrottle(spray, "new@x.nl", "1.1.1.1", at(3));
    expect(verdict.allowed).toBe(false);
  });

  it("ignores attempts outside the window, in any order", () => {
    const old = [4, 0, 3, 1, 2].map((m) => fail(m - 60));
    expect(checkThrottle(old, "a@x.nl", "1.1.1.1", at(0)).allowed).toBe(true);
  });
});
