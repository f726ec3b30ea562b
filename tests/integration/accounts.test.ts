import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, signUp } from "@/lib/accounts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "@/lib/demo-data";
import { checkHealth } from "@/lib/health";
import { DATABASE_KINDS, freshDb, type TestDb } from "../helpers/db";

describe.each(DATABASE_KINDS)("accounts on %s", (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(kind);
  });
  afterAll(async () => t?.cleanup());

  it("reports a healthy database", async () => {
    expect(await checkHealth(t.db)).toEqual({ status: "ok", db: "ok" });
  });

  it("signs up a participant with an argon2id hash and refuses a second account on the same email", async () => {
    const result = await signUp(t.db, { name: "Sanne", email: "Sanne@Example.test", password: "Veilig-prikken-1" });
    expect(result.ok).toBe(true);
    const stored = await t.db.user.findUniqueOrThrow({ where: { email: "sanne@example.test" } });
    expect(stored.role).toBe("participant");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const again = await signUp(t.db, { name: "Sanne 2", email: "sanne@example.test", password: "Veilig-prikken-1" });
    expect(again).toEqual({ ok: false, fieldErrors: { email: ["email.taken"] } });
  });

  it("returns field errors for invalid input without writing anything", async () => {
    const before = await t.db.user.count();
    const result = await signUp(t.db, { name: "", email: "nope", password: "123" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "name", "password"]);
    expect(await t.db.user.count()).toBe(before);
  });

  it("authenticates, records every attempt and throttles after five failures", async () => {
    await signUp(t.db, { name: "Piet", email: "piet@example.test", password: "Juiste-sleutel-8" });
    const now = new Date();
    expect((await authenticate(t.db, { email: "piet@example.test", password: "Juiste-sleutel-8" }, "10.0.0.1", now)).ok).toBe(true);
    for (let i = 0; i < 5; i++) {
      const r = await authenticate(t.db, { email: "PIET@example.test", password: "fout" }, "10.0.0.1", new Date(now.getTime() + i * 1000));
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await authenticate(t.db, { email: "piet@example.test", password: "Juiste-sleutel-8" }, "10.0.0.1", new Date(now.getTime() + 6000));
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    // Another address is not affected.
    expect((await authenticate(t.db, { email: "piet@example.test", password: "Juiste-sleutel-8" }, "10.0.0.2", new Date(now.getTime() + 7000))).ok).toBe(true);
    // A throttled attempt is refused before the password is checked and is not recorded (it would prolong the lock).
    expect(await t.db.loginAttempt.count({ where: { email: "piet@example.test" } })).toBe(7);
  });

  it("seeds the demo accounts once", async () => {
    expect(await seedDemoData(t.db)).toEqual({ seeded: false }); // users exist already: left alone
    const empty = await freshDb(kind);
    try {
      expect(await seedDemoData(empty.db)).toEqual({ seeded: true });
      expect(await seedDemoData(empty.db)).toEqual({ seeded: false });
      for (const account of DEMO_ACCOUNTS) {
        const r = await authenticate(empty.db, { email: account.email, password: DEMO_PASSWORD }, "127.0.0.1");
        expect(r.ok && r.user.role).toBe(account.role);
      }
      const provider = await empty.db.user.findUniqueOrThrow({ where: { email: "docent@naaldwijzer.test" }, include: { organisation: true } });
      expect(provider.organisation?.accredited).toBe(true);
    } finally {
      await empty.cleanup();
    }
  });
});
