import { NextResponse } from "next/server";
import { revokeCertificate, revokeSchema } from "@/lib/certificates/service";
import { getDb } from "@/lib/db";
import { badRequest, errorResponse } from "@/server/api-errors";
import { requireApiUser } from "@/server/guards";

/** POST {reason}: revokes a certificate (its provider's instructors or an admin). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await requireApiUser("provider");
  if (response) return response;
  const { id } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return badRequest("Send a JSON body: {\"reason\": \"…\"}.");
  }
  const parsed = revokeSchema.safeParse(body);
  if (!parsed.success) return badRequest(parsed.error.issues[0]!.message);
  try {
    const cert = await revokeCertificate(getDb(), { certificateId: id, actor: user, reason: parsed.data.reason });
    return NextResponse.json({ id: cert.id, number: cert.number, revokedAt: cert.revokedAt });
  } catch (err) {
    return errorResponse(err);
  }
}
