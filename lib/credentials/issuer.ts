import type { Db, Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db";
import { didWebFor, generateIssuerKey, issuerKeyFromEnv, type IssuerKey } from "./keys";

/**
 * The issuer: Naaldwijzer itself, identified by did:web of its public base URL. Its Ed25519 key comes
 * from CREDENTIAL_SIGNING_KEY (a private JWK) or, in development, is generated once and kept in the
 * SigningKey table (NODE_ENV != production, or a demo run). Production refuses to sign without the
 * environment key.
 */
export type Issuer = { id: string; name: string; url: string; key: IssuerKey; baseUrl: string };

let envKey: Promise<IssuerKey> | null = null;

export async function issuerKey(db: Db | Tx): Promise<IssuerKey> {
  const raw = process.env.CREDENTIAL_SIGNING_KEY?.trim();
  if (raw) return (envKey ??= issuerKeyFromEnv(raw));
  // `next start` always runs with NODE_ENV=production; scripts/start.mjs marks development/demo runs
  // with NAALDWIJZER_DEMO=1, and only those may keep a generated key in the database.
  if (process.env.NODE_ENV === "production" && process.env.NAALDWIJZER_DEMO !== "1") {
    throw new Error("CREDENTIAL_SIGNING_KEY is not set: production needs a private Ed25519 JWK to sign credentials");
  }
  const stored = await db.signingKey.findFirst({ orderBy: { createdAt: "asc" } });
  if (stored) return { kid: stored.kid, publicJwk: JSON.parse(stored.publicJwk), privateJwk: JSON.parse(stored.privateJwk) };
  const fresh = await generateIssuerKey();
  try {
    await db.signingKey.create({ data: { kid: fresh.kid, publicJwk: JSON.stringify(fresh.publicJwk), privateJwk: JSON.stringify(fresh.privateJwk) } });
    return fresh;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return issuerKey(db);
  }
}

/** Every key a verifier may meet (today one; rotation would add the old public keys here). */
export async function publishedKeys(db: Db | Tx): Promise<IssuerKey[]> {
  return [await issuerKey(db)];
}

export function normaliseBaseUrl(url: string): string {
  return url.replace(/\/+$/, "");
}

export async function getIssuer(db: Db | Tx, baseUrl: string): Promise<Issuer> {
  const base = normaliseBaseUrl(baseUrl);
  return { id: didWebFor(base), name: "Naaldwijzer", url: base, key: await issuerKey(db), baseUrl: base };
}

export function statusListUrl(baseUrl: string, list: string): string {
  return `${normaliseBaseUrl(baseUrl)}/api/v1/credentials/status/${list}`;
}
