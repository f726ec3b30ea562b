import { NextResponse } from "next/server";
import { z } from "zod";
import { saveAnswer } from "@/lib/attempts/service";
import { nowFor } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { handleError, localeSchema, readJson, zodError } from "@/server/exam/api";
import { requireApiUser } from "@/server/guards";

const paramsSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "not an attempt id"),
  itemId: z.string().min(1).max(40).regex(/^[a-z]+-\d{3}$/, "not an item id"),
});
const bodySchema = z.strictObject({ answer: z.unknown().refine((v) => v !== undefined, "answer is required"), locale: localeSchema });

/**
 * Saves (exam: replaces) the answer to one item. For a module quiz the answer is final and the response
 * carries the feedback with the explanation; for the exam only the confirmation.
 */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string; itemId: string }> }) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const p = paramsSchema.safeParse(await params);
  if (!p.success) return zodError(p.error);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = bodySchema.safeParse(body.body);
  if (!parsed.success) return zodError(parsed.error);
  try {
    const saved = await saveAnswer(getDb(), {
      attemptId: p.data.id,
      userId: user.id,
      itemId: p.data.itemId,
      answer: parsed.data.answer,
      locale: parsed.data.locale,
      now: nowFor(user.id),
    });
    return NextResponse.json(saved);
  } catch (err) {
    return handleError(err);
  }
}
