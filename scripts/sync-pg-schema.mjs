// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: same models, PostgreSQL datasource,
// its own generated client. Run by the migration script; tests/integration/schema-drift.test.ts fails
// when the committed file differs from what this would write.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function postgresSchemaFrom(sqliteSchema) {
  const out = sqliteSchema
    .replace('output     = "./generated/sqlite"', 'output     = "../generated/postgres"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(/^\/\/ SQLite schema:[^\n]*\n(\/\/[^\n]*\n)*/, "// GENERATED from prisma/schema.prisma by scripts/sync-pg-schema.mjs: edit that file, not this one.\n");
  if (out === sqliteSchema || !out.includes('"../generated/postgres"') || !out.includes('"postgresql"')) {
    throw new Error("prisma/schema.prisma no longer has the generator/datasource lines this script rewrites");
  }
  return out;
}

export function syncPgSchema() {
  const src = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const target = path.join(root, "prisma/postgres/schema.prisma");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const next = postgresSchemaFrom(src);
  const prev = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (prev !== next) fs.writeFileSync(target, next);
  return prev !== next;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(syncPgSchema() ? "prisma/postgres/schema.prisma updated" : "prisma/postgres/schema.prisma up to date");
}
