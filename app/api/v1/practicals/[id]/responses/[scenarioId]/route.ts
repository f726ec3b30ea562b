import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { saveResponse } from "@/lib/practical/service";
import { submissionSchema } from "@/lib/scenarios/schema";
import { requireApiUser } from "@/server/guards";
import { practicalErrorResponse, readJson } from "@/server/practical-http";

export const dynamic = "force-dynamic";

/** Saves the answer to one scenario (a needle trajectory or the decision to decline). No verdict is returned. */
export async function PUT(req: Request, ctx: { params: Promise<{ id: string; scenarioId: string }> }) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const { id, scenarioId } = await ctx.params;
  const body = await readJson(req, submissionSchema);
  if ("response" in body) return body.response;
  try {
    await saveResponse(getDb(), user.id, id, scenarioId, body.data);
    return NextResponse.json({ saved: true, scenarioId });
  } catch (err) {
    return practicalErrorResponse(err);
  }
}
