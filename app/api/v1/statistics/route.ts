import { NextResponse } from "next/server";
import { z } from "zod";
import { assessmentOverview, assessmentStatistics, StatisticsError, statisticsScopeFor } from "@/lib/attempts/statistics";
import { parseAssessmentId } from "@/lib/exam/config";
import { getDb } from "@/lib/db";
import { handleError, jsonError, localeSchema, zodError } from "@/server/exam/api";
import { requireApiUser } from "@/server/guards";

const querySchema = z.object({
  assessmentId: z.string().refine((v) => parseAssessmentId(v) !== null, "unknown assessment").optional(),
  cohortId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "not a cohort id").optional(),
  locale: localeSchema,
});

/**
 * Providers and admins: results per cohort and item statistics of an assessment (or the overview).
 * Providers see the participants of their own organisation's cohorts; admins everyone.
 */
export async function GET(request: Request) {
  const { user, response } = await requireApiUser("provider");
  if (response) return response;
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return zodError(parsed.error);
  const view = { scope: statisticsScopeFor(user), cohortId: parsed.data.cohortId };
  try {
    const db = getDb();
    if (!parsed.data.assessmentId) return NextResponse.json({ assessments: await assessmentOverview(db, view) });
    return NextResponse.json(await assessmentStatistics(db, parsed.data.assessmentId, parsed.data.locale, view));
  } catch (err) {
    if (err instanceof StatisticsError) return jsonError(err.status, err.code.replace(/-/g, "_"), err.message);
    return handleError(err);
  }
}
