import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { submitPractical } from "@/lib/practical/service";
import { submissionSchema } from "@/lib/scenarios/schema";
import { requireApiUser } from "@/server/guards";
import { practicalErrorResponse, readJson } from "@/server/practical-http";

export const dynamic = "force-dynamic";

const submitSchema = z
  .object({
    responses: z
      .array(z.object({ scenarioId: z.string().min(1).max(100), submission: submissionSchema }).strict())
      .max(50)
      .default([]),
  })
  .strict();

/**
 * Submits the attempt; the server evaluates every trajectory itself and grades. Exactly one of several
 * concurrent submits succeeds (200 with the result); the others get 409.
 */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { user, response } = await requireApiUser("participant");
  if (response) return response;
  const { id } = await ctx.params;
  const body = await readJson(req, submitSchema, { optional: true });
  if ("response" in body) return body.response;
  try {
    const attempt = await submitPractical(getDb(), user.id, id, body.data.responses);
    return NextResponse.json({ attempt });
  } catch (err) {
    return practicalErrorResponse(err);
  }
}
