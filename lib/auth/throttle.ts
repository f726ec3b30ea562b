/**
 * Sign-in throttling: too many failed attempts for one account from one address, or from one address
 * across accounts, lock further attempts until the window has moved on. Pure: the caller supplies the
 * recent attempts (from the LoginAttempt table) and the clock.
 */
export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  /** failures for one account from one IP address within the window */
  maxPerAccountAndIp: 5,
  /** failures from one IP address over all accounts within the window (password spraying) */
  maxPerIp: 25,
} as const;

export type Attempt = { email: string; ip: string; success: boolean; createdAt: Date };
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function checkThrottle(
  attempts: readonly Attempt[],
  email: string,
  ip: string,
  now: Date,
  limits: typeof THROTTLE = THROTTLE,
): ThrottleVerdict {
  const since = now.getTime() - limits.windowMs;
  const recent = attempts
    .filter((a) => a.createdAt.getTime() > since)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const failuresSinceLastSuccess = (list: Attempt[]) => {
    // A successful sign-in for the account resets its count; older failures no longer count.
    const lastOk = list.map((a) => a.success).lastIndexOf(true);
    return list.slice(lastOk + 1).filter((a) => !a.success);
  };
  const byAccount = failuresSinceLastSuccess(recent.filter((a) => a.email === email && a.ip === ip));
  const byIp = recent.filter((a) => a.ip === ip && !a.success);
  const over = (list: Attempt[], max: number) => (list.length >= max ? list[list.length - max] : undefined);
  const blocking = [over(byAccount, limits.maxPerAccountAndIp), over(byIp, limits.maxPerIp)].filter(
    (a): a is Attempt => a !== undefined,
  );
  if (blocking.length === 0) return { allowed: true };
  // Locked until the oldest failure that makes up the limit leaves the window.
  const until = Math.max(...blocking.map((a) => a.createdAt.getTime() + limits.windowMs));
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
