import { spawnSync } from "node:child_process";
import path from "node:path";
import { DEMO_ACCOUNTS } from "@/lib/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { checkHealth } from "@/lib/health";
import { freshDb, type TestDb } from "../helpers/db";

const node = process.execPath;

describe("production start-up rules", () => {
  it("refuses to start in production without AUTH_SECRET, saying why", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: "file:/tmp/never-created.db" };
    delete env.AUTH_SECRET;
    const run = spawnSync(node, ["scripts/start.mjs"], { encoding: "utf8", env, timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Refusing to start: NODE_ENV=production needs AUTH_SECRET");
  });

  describe("seeding", () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await freshDb("sqlite");
    });
    afterAll(async () => t?.cleanup());

    it("never seeds demo accounts in production, and seeds an empty database otherwise", async () => {
      const seed = (nodeEnv: "production" | "development") =>
        spawnSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], {
          encoding: "utf8",
          env: { ...process.env, NODE_ENV: nodeEnv, DATABASE_URL: t.url },
          timeout: 60_000,
        });
      const prod = seed("production");
      expect(prod.status).toBe(0);
      expect(await t.db.user.count()).toBe(0);
      const dev = seed("development");
      expect(dev.status, dev.stderr).toBe(0);
      // the three demo accounts (features may add further demo users, e.g. the exam statistics cohort)
      expect(await t.db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })).toBe(3);
    });
  });
});

describe("health", () => {
  it("reports an unreachable database instead of throwing", async () => {
    const db = createDb("postgresql://nobody:nothing@127.0.0.1:1/nowhere");
    try {
      expect(await checkHealth(db)).toEqual({ status: "degraded", db: "unreachable" });
    } finally {
      await db.$disconnect().catch(() => undefined);
    }
  });
});
