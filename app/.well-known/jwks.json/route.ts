import { NextResponse } from "next/server";
import { jwks } from "@/lib/credentials";
import { getIssuer, publishedKeys } from "@/lib/credentials/issuer";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/server/base-url";

export const dynamic = "force-dynamic";

/** The issuer's public Ed25519 keys; kid = did:web verification method id, as in every VC-JWT header. */
export async function GET() {
  const db = getDb();
  const issuer = await getIssuer(db, await publicBaseUrl());
  return NextResponse.json(jwks(issuer.id, await publishedKeys(db)), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
