import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { getPractical } from "@/lib/practical/service";
import { requireApiUser } from "@/server/guards";
import { practicalErrorResponse } from "@/server/practical-http";

export const dynamic = "force-dynamic";

/** One attempt: its scenarios (public part), saved answers, and the result once graded. */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const { id } = await ctx.params;
  try {
    return NextResponse.json({ attempt: await getPractical(getDb(), user.id, id) });
  } catch (err) {
    return practicalErrorResponse(err);
  }
}
