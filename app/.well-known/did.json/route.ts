import { NextResponse } from "next/server";
import { didDocument } from "@/lib/credentials";
import { getIssuer, publishedKeys } from "@/lib/credentials/issuer";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/server/base-url";

export const dynamic = "force-dynamic";

/** did:web resolution: did:web:<host> resolves to https://<host>/.well-known/did.json. */
export async function GET() {
  const db = getDb();
  const issuer = await getIssuer(db, await publicBaseUrl());
  return NextResponse.json(didDocument(issuer.id, await publishedKeys(db)), {
    headers: { "content-type": "application/did+json", "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
