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
