import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { PracticalError } from "@/lib/practical/service";

/** Shared edges of the practical API: JSON bodies (64 kB cap, 415 for other types) and error mapping. */
const MAX_BODY = 64 * 1024;

export function jsonError(status: number, error: string, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error, message, ...extra }, { status });
}

export async function readJson<S extends z.ZodType>(req: Request, schema: S, { optional = false } = {}): Promise<{ data: z.infer<S> } | { response: NextResponse }> {
  const type = req.headers.get("content-type") ?? "";
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_BODY) return { response: jsonError(413, "payload_too_large", "The body may be at most 64 kB.") };
  let text: string;
  try {
    text = await req.text();
  } catch {
    return { response: jsonError(400, "invalid_request", "The body could not be read.") };
  }
  if (text.length > MAX_BODY) return { response: jsonError(413, "payload_too_large", "The body may be at most 64 kB.") };
  let raw: unknown = undefined;
  if (text.trim() === "") {
    if (!optional) return { response: jsonError(400, "invalid_request", "A JSON body is required.") };
    raw = {};
  } else {
    if (!/^application\/(.+\+)?json\b/i.test(type)) return { response: jsonError(415, "unsupported_media_type", "Send JSON (Content-Type: application/json).") };
    try {
      raw = JSON.parse(text);
    } catch {
      return { response: jsonError(400, "invalid_request", "The body is not valid JSON.") };
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      response: jsonError(400, "invalid_request", "The request does not match the schema.", {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      }),
    };
  }
  return { data: parsed.data };
}

/** PracticalError → its status; anything else is logged and reported as a 500 without internals. */
export function practicalErrorResponse(err: unknown) {
  if (err instanceof PracticalError) return jsonError(err.status, err.code, err.message);
  console.error("practical API error", err);
  return jsonError(500, "internal_error", "Something went wrong on the server.");
}
