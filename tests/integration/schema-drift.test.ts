import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import Database from "better-sqlite3";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "../../scripts/sync-pg-schema.mjs";
import { freshDb } from "../helpers/db";

const prisma = path.resolve("node_modules/.bin/prisma");
const read = (p: string) => fs.readFileSync(p, "utf8");

describe("SQLite and PostgreSQL schemas stay in step", () => {
  it("the PostgreSQL schema is exactly the SQLite schema with its own datasource", () => {
    expect(read("prisma/postgres/schema.prisma")).toBe(postgresSchemaFrom(read("prisma/schema.prisma")));
  });

  it("both migration histories end at the current schema (no model change without a migration)", () => {
    // Offline diff of two datamodels (no database): exit code 0 = same, 2 = different.
    const run = spawnSync(
      prisma,
      ["migrate", "diff", "--from-schema-datamodel", "prisma/migrations/schema.snapshot.prisma", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: "file:/tmp/naaldwijzer-drift.db" } },
    );
    expect(run.status, `prisma/schema.prisma changed since its last migration; run npm run db:migrate:new -- <name>\n${run.stdout}`).toBe(0);
    // The PostgreSQL history was made from the same schema at the same time.
    expect(read("prisma/postgres/migrations/schema.snapshot.prisma")).toBe(postgresSchemaFrom(read("prisma/migrations/schema.snapshot.prisma")));
    const folders = (dir: string) => fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isDirectory()).sort();
    expect(folders("prisma/postgres/migrations")).toEqual(folders("prisma/migrations"));
  });

  it("the SQLite migrations produce exactly the schema's database", async () => {
    // `migrate diff --from-schema-datasource` is not available with driver adapters, so compare the
    // catalog built by the committed migrations with one built from a from-empty script of the schema.
    const t = await freshDb("sqlite");
    const direct = path.join(os.tmpdir(), `naaldwijzer-direct-${process.pid}.db`);
    try {
      const script = execFileSync(prisma, ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: `file:${direct}` },
      });
      const catalog = (file: string, setup?: string) => {
        const db = new Database(file);
        if (setup) db.exec(setup);
        const rows = db
          .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY type, name")
          .all() as { sql: string | null }[];
        db.close();
        return rows.map((r) => ({ ...r, sql: r.sql?.replace(/\s+/g, " ") }));
      };
      expect(catalog(t.url.slice(5))).toEqual(catalog(direct, script));
    } finally {
      fs.rmSync(direct, { force: true });
      await t.cleanup();
    }
  });

  it.runIf(Boolean(process.env.TEST_POSTGRES_URL))("the PostgreSQL migrations produce the same catalog as the schema", async () => {
    // Prisma's Wasm engine cannot introspect PostgreSQL through adapter-pg (prisma/orm#27403), so compare
    // catalogs: one database from the committed migrations, one from a from-empty script of the schema.
    const fromMigrations = await freshDb("postgres");
    const { default: pg } = await import("pg");
    const schemaName = new URL(fromMigrations.url).searchParams.get("schema")!;
    const direct = `direct_${schemaName}`;
    const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await client.connect();
    try {
      const script = execFileSync(prisma, ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script"], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: process.env.TEST_POSTGRES_URL },
      });
      await client.query(`CREATE SCHEMA "${direct}"`);
      await client.query(`SET search_path TO "${direct}"`);
      await client.query(script.replace('CREATE SCHEMA IF NOT EXISTS "public";', ""));
      const catalog = async (schema: string) => {
        const cols = await client.query(
          `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
          [schema],
        );
        const idx = await client.query(`SELECT tablename, indexname, replace(indexdef, $1, 'S') AS def FROM pg_indexes WHERE schemaname = $2 AND tablename <> '_prisma_migrations' ORDER BY 1, 2`, [`"${schema}".`, schema]);
        const fks = await client.query(
          `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = $1::regnamespace AND contype IN ('f','u','p') ORDER BY 2`,
          [schema],
        );
        const strip = (s: string) => s.replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, "");
        return JSON.stringify({ cols: cols.rows, idx: idx.rows.map((r: { def: string }) => ({ ...r, def: strip(r.def) })), fks: fks.rows.filter((r: { conname: string }) => r.conname !== "_prisma_migrations_pkey").map((r: { t: string; def: string }) => ({ ...r, t: strip(r.t), def: strip(r.def) })) });
      };
      expect(await catalog(schemaName)).toBe(await catalog(direct));
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${direct}" CASCADE`);
      await client.end();
      await fromMigrations.cleanup();
    }
  });
});
