import { NextResponse } from "next/server";
import { z } from "zod";
import { assessmentOverview, assessmentStatistics } from "@/lib/attempts/statistics";
import { parseAssessmentId } from "@/lib/exam/config";
import { getDb } from "@/lib/db";
import { handleError, localeSchema, zodError } from "@/server/exam/api";
import { requireApiUser } from "@/server/guards";

const querySchema = z.object({
  assessmentId: z.string().refine((v) => parseAssessmentId(v) !== null, "unknown assessment").optional(),
  locale: localeSchema,
});

/** Providers and admins: cohort results and item statistics of an assessment (or the overview). */
export async function GET(request: Request) {
  const { response } = await requireApiUser("provider");
  if (response) return response;
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return zodError(parsed.error);
  try {
    const db = getDb();
    if (!parsed.data.assessmentId) return NextResponse.json({ assessments: await assessmentOverview(db) });
    return NextResponse.json(await assessmentStatistics(db, parsed.data.assessmentId, parsed.data.locale));
  } catch (err) {
    return handleError(err);
  }
}
