import { NextResponse } from "next/server";
import { statusListCredentialJwt } from "@/lib/certificates/service";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/server/base-url";
import { badRequest } from "@/server/api-errors";

export const dynamic = "force-dynamic";

/**
 * The BitstringStatusListCredential verifiers fetch (public, no sign-in). Default: the signed VC-JWT
 * (application/vc+jwt); `Accept: application/json` or `?format=json` gives the unsigned credential.
 */
export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  const { list } = await params;
  if (!/^[0-9]{1,6}$/.test(list)) return badRequest("A status list id is a number.");
  const result = await statusListCredentialJwt(getDb(), list, await publicBaseUrl());
  if (!result) return NextResponse.json({ error: "not_found", message: `No status list ${list}.` }, { status: 404 });
  const url = new URL(request.url);
  const wantsJson = url.searchParams.get("format") === "json" || (request.headers.get("accept") ?? "").includes("application/json");
  const headers = { "cache-control": "no-store", "access-control-allow-origin": "*" };
  if (wantsJson) return NextResponse.json(result.credential, { headers });
  return new NextResponse(result.jwt, { headers: { ...headers, "content-type": "application/vc+jwt" } });
}
