import { NextResponse } from "next/server";
import { refreshAuthorisation } from "@/lib/authorisation/service";
import { getDb } from "@/lib/db";
import { signOffPractice } from "@/lib/providers/service";
import { publicBaseUrl } from "@/server/base-url";
import { badRequest, errorResponse } from "@/server/api-errors";
import { requireApiUser } from "@/server/guards";

/** POST {enrolmentId, technique: "TECH-1".."TECH-5", practisedOn: "YYYY-MM-DD", note?}: an instructor signs off practice. */
export async function POST(request: Request) {
  const { user, response } = await requireApiUser("provider");
  if (response) return response;
  const body = await request.json().catch(() => undefined);
  if (body === undefined) return badRequest("Send a JSON body.");
  const db = getDb();
  try {
    const signOff = await signOffPractice(db, user, body);
    const enrolment = await db.enrolment.findUniqueOrThrow({ where: { id: signOff.enrolmentId } });
    const { verdict } = await refreshAuthorisation(db, enrolment.userId, { baseUrl: await publicBaseUrl(), lang: "nl" });
    return NextResponse.json({ signOff, participantState: verdict.state }, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
