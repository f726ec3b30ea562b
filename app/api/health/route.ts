import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDb());
  return NextResponse.json(health, { status: health.db === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
