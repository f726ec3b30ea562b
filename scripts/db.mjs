// Database chores shared by `npm start`, `npm run dev`, `npm run db:deploy` and the tests:
// generate both Prisma clients, apply committed migrations, seed demo data into an empty database.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);

export function resolveDatabaseUrl(env = process.env) {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return `file:${path.join(root, "data", "naaldwijzer.db")}`;
  if (raw.startsWith("file:")) return `file:${path.resolve(root, raw.slice(5))}`;
  return raw;
}
export const isPostgres = (url) => /^postgres(ql)?:\/\//.test(url);

function run(cmd, args, env = {}, { quiet = true } = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: ["ignore", quiet ? "pipe" : "inherit", "inherit"], env: { ...process.env, ...env } });
}

/** Both clients: the app picks one at run time from DATABASE_URL. */
export function generateClients({ force = false } = {}) {
  const have = (kind) => fs.existsSync(path.join(root, "prisma/generated", kind, "client.ts"));
  const schemaTime = fs.statSync(path.join(root, "prisma/schema.prisma")).mtimeMs;
  const stale = (kind) => !have(kind) || fs.statSync(path.join(root, "prisma/generated", kind, "client.ts")).mtimeMs < schemaTime;
  if (force || stale("sqlite")) run(bin("prisma"), ["generate"], { DATABASE_URL: "file:/tmp/naaldwijzer-generate.db" });
  if (force || stale("postgres")) run(bin("prisma"), ["generate"], { DATABASE_URL: "postgresql://localhost/generate-only" });
}

/**
 * SQLite: `prisma migrate deploy` (Wasm schema engine through the better-sqlite3 adapter).
 * PostgreSQL: Prisma 6's Wasm schema engine cannot read PostgreSQL's catalog through adapter-pg
 * ("Column type 'name' could not be deserialized", prisma/orm#27403), so the committed SQL is applied
 * here, one transaction per migration, and recorded in Prisma's own `_prisma_migrations` table.
 */
export async function migrate(url) {
  if (!isPostgres(url)) {
    fs.mkdirSync(path.dirname(url.slice(5)), { recursive: true });
    run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: url });
    // WAL lets page reads go on while a request writes; the setting is stored in the file.
    const { default: Database } = await import("better-sqlite3");
    const sqlite = new Database(url.slice(5));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
    return;
  }
  const { default: pg } = await import("pg");
  // Prisma's ?schema= parameter: node-postgres ignores it, so apply it as the search path.
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    if (schema) {
      const quoted = `"${schema.replace(/"/g, '""')}"`;
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
      await client.query(`SET search_path TO ${quoted}`);
    }
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    // One runner at a time (e.g. two app instances starting together).
    await client.query("SELECT pg_advisory_lock(727274)");
    const done = new Set((await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows.map((r) => r.migration_name));
    const dir = path.join(root, "prisma/postgres/migrations");
    const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "migration.sql"))).sort();
    for (const name of names) {
      if (done.has(name)) continue;
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${err.message}`);
      }
    }
    await client.query("SELECT pg_advisory_unlock(727274)");
  } finally {
    await client.end();
  }
}

/** Runs prisma/seed.ts, which itself does nothing when the database already has users. */
export function seed(url) {
  run(bin("tsx"), [path.join(root, "prisma/seed.ts")], { DATABASE_URL: url }, { quiet: false });
}

export async function prepareDatabase({ url = resolveDatabaseUrl(), withDemoData = true } = {}) {
  generateClients();
  await migrate(url);
  if (withDemoData) seed(url);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const production = process.env.NODE_ENV === "production";
  await prepareDatabase({ withDemoData: !production });
  console.log(`database ready (${isPostgres(resolveDatabaseUrl()) ? "PostgreSQL" : "SQLite"})`);
}
