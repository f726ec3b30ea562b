import { NextResponse } from "next/server";
import { z } from "zod";
import { examEligibility, listAttempts, startAttempt, getAttemptView, bestQuizScores } from "@/lib/attempts/service";
import { nowFor } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { handleError, localeSchema, readJson, zodError } from "@/server/exam/api";
import { requireApiUser } from "@/server/guards";

const startSchema = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  locale: localeSchema,
});

/** Starts (or resumes) an attempt at a module quiz or the exam; answers with the attempt as the client may see it. */
export async function POST(request: Request) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = startSchema.safeParse(body.body);
  if (!parsed.success) return zodError(parsed.error);
  try {
    const db = getDb();
    const now = nowFor(user.id);
    const { attemptId, resumed } = await startAttempt(db, { userId: user.id, assessmentId: parsed.data.assessmentId, now });
    const view = await getAttemptView(db, { attemptId, userId: user.id, locale: parsed.data.locale, now });
    return NextResponse.json({ resumed, attempt: view }, { status: resumed ? 200 : 201, headers: { Location: `/api/v1/attempts/${attemptId}` } });
  } catch (err) {
    return handleError(err);
  }
}

const listSchema = z.object({ assessmentId: z.string().max(100).optional() });

/** The signed-in user's own attempts, the exam eligibility and best quiz scores. */
export async function GET(request: Request) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const parsed = listSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return zodError(parsed.error);
  try {
    const db = getDb();
    const now = nowFor(user.id);
    const [exam, attempts, quizzes] = await Promise.all([
      examEligibility(db, user.id, now),
      listAttempts(db, user.id, parsed.data.assessmentId),
      bestQuizScores(db, user.id),
    ]);
    return NextResponse.json({ attempts, exam, quizzes });
  } catch (err) {
    return handleError(err);
  }
}
