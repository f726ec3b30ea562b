import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { z } from "zod";

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
// Algorithm is an ambient const enum (unusable with isolatedModules); 2 is its Argon2id member.
const ARGON2_OPTIONS = { algorithm: 2 as Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Error codes are message keys (messages/*.json → "auth.password.*"), so the UI can translate them. */
export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "password.tooShort")
  .max(200, "password.tooLong")
  .refine((p) => /[A-Za-zÀ-ÿ]/.test(p) && /\d/.test(p), "password.needsLetterAndDigit")
  .refine((p) => new Set(p).size >= 5, "password.tooSimple");
