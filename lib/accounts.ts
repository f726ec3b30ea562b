import { z } from "zod";
import type { Db } from "./db";
import { isUniqueViolation } from "./db";
import { checkThrottle, normaliseEmail, THROTTLE } from "./auth/throttle";
import { hashPassword, passwordSchema, verifyPassword } from "./auth/password";
import { parseRole, type Role } from "./auth/roles";

export const signUpSchema = z
  .object({
    name: z.string().trim().min(2, "name.tooShort").max(120, "name.tooLong"),
    email: z.string().trim().toLowerCase().pipe(z.email("email.invalid")),
    password: passwordSchema,
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0]!.toLowerCase()), {
    path: ["password"],
    message: "password.containsEmail",
  });
export type SignUpInput = z.input<typeof signUpSchema>;

export type SessionUser = { id: string; email: string; name: string; role: Role; organisationId: string | null };

export type SignUpResult =
  | { ok: true; user: SessionUser }
  | { ok: false; fieldErrors: Record<string, string[]> };

export async function signUp(db: Db, input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { name, email, password, locale } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({ data: { name, email, passwordHash, locale, role: "participant" } });
    return { ok: true, user: toSessionUser(user) };
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, fieldErrors: { email: ["email.taken"] } };
    throw err;
  }
}

export type AuthResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

const credentialsSchema = z.object({ email: z.string().max(320), password: z.string().max(200) });

/**
 * Checks a password, with throttling: every attempt is recorded; once an account has had too many
 * failures from one address the password is not even checked until the window has passed.
 */
export async function authenticate(db: Db, input: unknown, ip: string, now = new Date()): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const email = normaliseEmail(parsed.data.email);
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const attempts = await db.loginAttempt.findMany({
    where: { createdAt: { gt: since }, OR: [{ email }, { ip }] },
    select: { email: true, ip: true, success: true, createdAt: true },
  });
  const verdict = checkThrottle(attempts, email, ip, now);
  if (!verdict.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email } });
  // Hash even when the account does not exist, so timing does not reveal which emails are registered.
  const ok = user ? await verifyPassword(user.passwordHash, parsed.data.password) : (await hashPassword(parsed.data.password), false);
  await db.loginAttempt.create({ data: { email, ip, success: ok, createdAt: now } });
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: toSessionUser(user) };
}

export function toSessionUser(user: { id: string; email: string; name: string; role: string; organisationId: string | null }): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: parseRole(user.role), organisationId: user.organisationId };
}
