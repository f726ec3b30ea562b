import type { Db } from "./db";

export type Health = { status: "ok" | "degraded"; db: "ok" | "unreachable" };

export async function checkHealth(db: Db): Promise<Health> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "unreachable" };
  }
}
