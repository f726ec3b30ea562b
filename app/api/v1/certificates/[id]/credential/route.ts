import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { requireApiUser } from "@/server/guards";

/**
 * The holder's signed OpenBadgeCredential: VC-JWT by default (a .jwt file for a wallet), or
 * ?format=json for the credential it carries, decoded (the signature is only in the JWT).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await requireApiUser();
  if (response) return response;
  const { id } = await params;
  const cert = await getDb().certificate.findUnique({ where: { id } });
  if (!cert || (cert.userId !== user.id && user.role !== "admin")) return NextResponse.json({ error: "not_found", message: "No such certificate among yours." }, { status: 404 });
  const format = new URL(request.url).searchParams.get("format") ?? "jwt";
  if (format === "json") {
    const payload = JSON.parse(Buffer.from(cert.credentialJwt.split(".")[1]!, "base64url").toString("utf8"));
    return NextResponse.json(payload, { headers: { "content-disposition": `attachment; filename="naaldwijzer-${cert.number}.json"` } });
  }
  if (format !== "jwt") return NextResponse.json({ error: "invalid", message: "format must be jwt or json." }, { status: 400 });
  return new NextResponse(cert.credentialJwt, {
    headers: { "content-type": "application/vc+jwt", "content-disposition": `attachment; filename="naaldwijzer-${cert.number}.jwt"` },
  });
}
