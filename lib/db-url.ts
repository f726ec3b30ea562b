import path from "node:path";

/** Default embedded database: a git-ignored file under ./data. Mirrors scripts/db.mjs. */
export function resolveDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return `file:${path.resolve("data", "naaldwijzer.db")}`;
  if (raw.startsWith("file:")) return `file:${path.resolve(raw.slice("file:".length))}`;
  return raw;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Prisma's `?schema=` convention for PostgreSQL URLs: node-postgres does not understand the parameter,
 * so it is taken off the connection string and handed to the adapter separately.
 */
export function splitPostgresSchema(url: string): { connectionString: string; schema: string | undefined } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}
