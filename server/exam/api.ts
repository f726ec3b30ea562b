import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AttemptError } from "@/lib/attempts/service";
import { QuestionBankError } from "@/lib/questions/bank";

export const localeSchema = z.enum(["nl", "en"]).default("nl");

export function jsonError(status: number, error: string, message: string, details: Record<string, unknown> = {}) {
  return NextResponse.json({ error, message, ...details }, { status });
}

/** Reads a JSON body; null when it is not JSON (the caller answers 400). */
export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  try {
    const text = await request.text();
    return { ok: true, body: text ? JSON.parse(text) : {} };
  } catch {
    return { ok: false, response: jsonError(400, "invalid_json", "The request body is not valid JSON.") };
  }
}

export function zodError(err: z.ZodError) {
  return jsonError(400, "invalid_request", err.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "), {
    issues: err.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
  });
}

/** Expected refusals become their 4xx; a busy database 503; anything else is logged and answered 500 as JSON. */
export function handleError(err: unknown) {
  if (err instanceof AttemptError) return jsonError(err.status, err.code.replace(/-/g, "_"), err.message, err.details);
  if (err instanceof QuestionBankError) return jsonError(503, "question_bank_unavailable", "The question bank is not available right now.");
  const code = (err as { code?: string } | null)?.code;
  if (code === "P2028" || code === "P2034" || /SQLITE_BUSY|database is locked/i.test(String((err as Error)?.message))) {
    return NextResponse.json({ error: "busy", message: "The server is busy; try again in a moment." }, { status: 503, headers: { "Retry-After": "1" } });
  }
  console.error("exam api:", err);
  return jsonError(500, "internal", "Something went wrong on the server; nothing was changed.");
}
