import { NextResponse } from "next/server";
import { z } from "zod";
import { submitAttempt } from "@/lib/attempts/service";
import { nowFor } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { handleError, zodError } from "@/server/exam/api";
import { requireApiUser } from "@/server/guards";

const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "not an attempt id");

/** Submits and grades an attempt. Idempotent in effect: only the first submit grades; repeats get 409. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return zodError(id.error);
  try {
    const result = await submitAttempt(getDb(), { attemptId: id.data, userId: user.id, now: nowFor(user.id) });
    return NextResponse.json(result);
  } catch (err) {
    return handleError(err);
  }
}
