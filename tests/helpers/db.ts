import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateClients, migrate } from "../../scripts/db.mjs";
import { createDb, type Db } from "@/lib/db";

export type TestDb = { db: Db; url: string; kind: "sqlite" | "postgres"; cleanup: () => Promise<void> };

/** The databases integration tests run against: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export const DATABASE_KINDS: ("sqlite" | "postgres")[] = process.env.TEST_POSTGRES_URL ? ["sqlite", "postgres"] : ["sqlite"];

/**
 * A new, empty, fully migrated database. SQLite: a temporary file. PostgreSQL: a fresh schema in the
 * TEST_POSTGRES_URL database (dropped on cleanup), so test files never see each other's rows.
 */
export async function freshDb(kind: "sqlite" | "postgres" = "sqlite"): Promise<TestDb> {
  generateClients();
  if (kind === "sqlite") {
    const file = path.join(os.tmpdir(), `naaldwijzer-test-${crypto.randomUUID()}.db`);
    const url = `file:${file}`;
    await migrate(url);
    const db = createDb(url);
    return {
      db,
      url,
      kind,
      cleanup: async () => {
        await db.$disconnect();
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      },
    };
  }
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error("TEST_POSTGRES_URL is not set (scripts/pg-local.sh prints one)");
  const schema = `t_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const pgModule = await import("pg");
  const admin = new pgModule.default.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const withSchema = new URL(base);
  withSchema.searchParams.set("schema", schema);
  const url = withSchema.toString();
  await migrate(url);
  const db = createDb(url);
  return {
    db,
    url,
    kind,
    cleanup: async () => {
      await db.$disconnect();
      const c = new pgModule.default.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    },
  };
}
