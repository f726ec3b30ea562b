import { describe, expect, it } from "vitest";
import { canAccess, parseRole } from "@/lib/auth/roles";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/accounts";

describe("roles", () => {
  it("lets admins and providers into the provider area, not participants", () => {
    expect(canAccess("participant", "provider")).toBe(false);
    expect(canAccess("provider", "provider")).toBe(true);
    expect(canAccess("admin", "provider")).toBe(true);
    expect(canAccess("provider", "admin")).toBe(false);
    expect(canAccess("participant", ["provider", "participant"])).toBe(true);
  });
  it("treats unknown stored roles as the least privileged", () => {
    expect(parseRole("superuser")).toBe("participant");
    expect(parseRole(undefined)).toBe("participant");
  });
});

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("Sterk-wachtwoord-9");
    expect(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(await verifyPassword(hash, "Sterk-wachtwoord-9")).toBe(true);
    expect(await verifyPassword(hash, "sterk-wachtwoord-9")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
  it("enforces the password rules with translatable codes", () => {
    const issue = (p: string) => passwordSchema.safeParse(p).error?.issues[0]?.message;
    expect(issue("short1")).toBe("password.tooShort");
    expect(issue("onlyletterslong")).toBe("password.needsLetterAndDigit");
    expect(issue("aaaaaaaaaa1")).toBe("password.tooSimple");
    expect(issue("Goed-gekozen-7")).toBeUndefined();
  });
  it("refuses a password containing the email's name and normalises the email", () => {
    const bad = signUpSchema.safeParse({ name: "Jan", email: "janssen@x.nl", password: "janssen-2026-x" });
    expect(bad.success).toBe(false);
    const ok = signUpSchema.parse({ name: " Jan ", email: " Jan@X.nl ", password: "Goed-gekozen-7" });
    expect(ok).toMatchObject({ name: "Jan", email: "jan@x.nl", locale: "nl" });
  });
});
