import { NextResponse } from "next/server";
import { z } from "zod";
import { advanceClock, nowFor, testHooksEnabled } from "@/lib/clock";
import { jsonError, readJson, zodError } from "@/server/exam/api";
import { requireApiUser } from "@/server/guards";

const bodySchema = z.strictObject({ advanceMs: z.number().int().min(0).max(365 * 24 * 3600_000) });

/**
 * Test-only (NAALDWIJZER_TEST=1, set by the Playwright web server): moves the signed-in user's exam clock
 * forward, e.g. past a 24-hour cool-down. Without the flag this route does not exist (404).
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return jsonError(404, "not_found", "Not found.");
  const { user, response } = await requireApiUser();
  if (response) return response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = bodySchema.safeParse(body.body);
  if (!parsed.success) return zodError(parsed.error);
  const offsetMs = advanceClock(user.id, parsed.data.advanceMs);
  return NextResponse.json({ offsetMs, now: nowFor(user.id).toISOString() });
}
