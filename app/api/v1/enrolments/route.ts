import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { enrolWithCode } from "@/lib/providers/service";
import { badRequest, errorResponse } from "@/server/api-errors";
import { requireApiUser } from "@/server/guards";

const body = z.object({ code: z.string().max(20) });

/** POST {code}: enrols the signed-in user in the cohort with that invitation code (idempotent). */
export async function POST(request: Request) {
  const { user, response } = await requireApiUser();
  if (response) return response;
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest("Send {\"code\": \"ABCD2345\"}.");
  try {
    const { enrolment, cohort, created } = await enrolWithCode(getDb(), user.id, parsed.data.code, "code");
    return NextResponse.json({ enrolmentId: enrolment.id, cohort: { id: cohort.id, name: cohort.name }, course: { id: cohort.course.id, title: cohort.course.title } }, { status: created ? 201 : 200 });
  } catch (err) {
    return errorResponse(err);
  }
}
