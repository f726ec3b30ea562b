import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/prisma/generated/postgres/client";
import { isPostgresUrl, resolveDatabaseUrl, splitPostgresSchema } from "./db-url";

/**
 * One client type for the whole app. Both generated clients come from the same models (the PostgreSQL
 * schema is generated from the SQLite one), so the PostgreSQL client is used through the SQLite
 * client's type.
 */
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export { Prisma } from "@/prisma/generated/sqlite/client";

export function createDb(url: string = resolveDatabaseUrl()): Db {
  if (isPostgresUrl(url)) {
    const { connectionString, schema } = splitPostgresSchema(url);
    return new PostgresClient({ adapter: new PrismaPg({ connectionString }, { schema }) }) as unknown as Db;
  }
  // WAL lets readers go on while one request writes; busy_timeout makes concurrent writers wait
  // instead of failing with SQLITE_BUSY.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
}

const globalForDb = globalThis as unknown as { naaldwijzerDb?: Db };

/** The process-wide client (kept across hot reloads in development). */
export function getDb(): Db {
  globalForDb.naaldwijzerDb ??= createDb();
  return globalForDb.naaldwijzerDb;
}

/** True when a transaction failed because another one won a uniqueness race. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}
