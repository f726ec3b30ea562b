import { z } from "zod";

export const ROLES = ["participant", "provider", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Which roles may enter an area. Admins may see everything; providers (instructors) their own area and
 * the participant's; participants only theirs.
 */
const REACH: Record<Role, readonly Role[]> = {
  participant: ["participant"],
  provider: ["provider", "participant"],
  admin: ["admin", "provider", "participant"],
};

export function parseRole(value: unknown): Role {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : "participant";
}

export function canAccess(role: Role, required: Role | readonly Role[]): boolean {
  const needed = typeof required === "string" ? [required] : required;
  return needed.some((r) => REACH[role].includes(r));
}
