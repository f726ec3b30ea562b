import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { PRACTICAL_ID } from "@/lib/practical/scoring";
import { listPracticals, startPractical } from "@/lib/practical/service";
import { requireApiUser } from "@/server/guards";
import { practicalErrorResponse, readJson } from "@/server/practical-http";

export const dynamic = "force-dynamic";

/** The signed-in user's practical attempts, newest first. */
export async function GET() {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  return NextResponse.json({ attempts: await listPracticals(getDb(), user.id) });
}

const startSchema = z.object({ assessmentId: z.literal(PRACTICAL_ID).default(PRACTICAL_ID) }).strict();

/** Starts a practical attempt, or resumes the open one (200 instead of 201). */
export async function POST(req: Request) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const body = await readJson(req, startSchema, { optional: true });
  if ("response" in body) return body.response;
  try {
    const { attempt, resumed } = await startPractical(getDb(), user.id);
    return NextResponse.json({ attempt, resumed }, { status: resumed ? 200 : 201 });
  } catch (err) {
    return practicalErrorResponse(err);
  }
}
