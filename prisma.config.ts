import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl, resolveDatabaseUrl, splitPostgresSchema } from "./lib/db-url";

// The CLI (generate, migrate deploy, migrate diff) talks to the database through the same driver
// adapters as the app, so no native Prisma engine has to be downloaded.
const url = resolveDatabaseUrl(process.env);
const isPostgres = isPostgresUrl(url);
// Prisma 6 parses `url = env("DATABASE_URL")` in the schema even though the adapter is what connects.
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", isPostgres ? "postgres/schema.prisma" : "schema.prisma"),
  migrations: { path: path.join("prisma", isPostgres ? "postgres/migrations" : "migrations") },
  adapter: async () =>
    isPostgres ? new PrismaPg({ connectionString: splitPostgresSchema(url).connectionString }, { schema: splitPostgresSchema(url).schema }) : new PrismaBetterSQLite3({ url }),
});
