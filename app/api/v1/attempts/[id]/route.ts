import { NextResponse } from "next/server";
import { z } from "zod";
import { getAttemptView } from "@/lib/attempts/service";
import { nowFor } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { handleError, localeSchema, zodError } from "@/server/exam/api";
import { requireApiUser } from "@/server/guards";

const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "not an attempt id");

/** One attempt of the signed-in user: before grading without keys; after grading the full review. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return zodError(id.error);
  const locale = localeSchema.safeParse(new URL(request.url).searchParams.get("locale") ?? undefined);
  if (!locale.success) return zodError(locale.error);
  try {
    const view = await getAttemptView(getDb(), { attemptId: id.data, userId: user.id, locale: locale.data, now: nowFor(user.id) });
    return NextResponse.json({ attempt: view }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return handleError(err);
  }
}
