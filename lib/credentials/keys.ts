import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { z } from "zod";

/** An Ed25519 issuer key as JWKs (OKP, crv Ed25519). `kid` is relative to the issuer DID ("#…"). */
export type IssuerKey = { kid: string; publicJwk: JWK; privateJwk: JWK };

const ed25519PrivateJwk = z.object({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "x must be a base64url 32-byte public key"),
  d: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "d must be a base64url 32-byte private key"),
  kid: z.string().min(1).optional(),
});

function publicPart(jwk: JWK): JWK {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
}

/** Fragment id from the RFC 7638 thumbprint, so the same key always gets the same id. */
async function fragmentFor(jwk: JWK): Promise<string> {
  return `#${await calculateJwkThumbprint(publicPart(jwk), "sha256")}`;
}

export async function generateIssuerKey(): Promise<IssuerKey> {
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const kid = await fragmentFor(privateJwk);
  return { kid, privateJwk: { ...privateJwk, kid }, publicJwk: { ...publicPart(privateJwk), kid, alg: "EdDSA", use: "sig" } };
}

/** Parses CREDENTIAL_SIGNING_KEY (a private Ed25519 JWK as JSON) with a clear message when it is wrong. */
export async function issuerKeyFromEnv(raw: string): Promise<IssuerKey> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error("CREDENTIAL_SIGNING_KEY is not JSON: expected a private Ed25519 JWK");
  }
  const parsed = ed25519PrivateJwk.safeParse(json);
  if (!parsed.success) throw new Error(`CREDENTIAL_SIGNING_KEY is not a private Ed25519 JWK: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const jwk = parsed.data as JWK;
  const kid = parsed.data.kid ? (parsed.data.kid.startsWith("#") ? parsed.data.kid : `#${parsed.data.kid}`) : await fragmentFor(jwk);
  return { kid, privateJwk: { ...jwk, kid }, publicJwk: { ...publicPart(jwk), kid, alg: "EdDSA", use: "sig" } };
}

/**
 * did:web for a base URL: host (port percent-encoded) plus any path segments joined by ":".
 * https://naaldwijzer.nl → did:web:naaldwijzer.nl; http://localhost:3108 → did:web:localhost%3A3108.
 */
export function didWebFor(baseUrl: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, "").split("/").filter(Boolean).map(encodeURIComponent);
  return ["did:web", encodeURIComponent(url.host), ...path].join(":");
}

/** The verification method id a JWS header names: the issuer DID plus the key fragment. */
export function verificationMethodId(issuerDid: string, key: Pick<IssuerKey, "kid">): string {
  return `${issuerDid}${key.kid}`;
}

export function jwks(issuerDid: string, keys: readonly IssuerKey[]): { keys: JWK[] } {
  return { keys: keys.map((k) => ({ ...k.publicJwk, kid: verificationMethodId(issuerDid, k) })) };
}

/** did:web DID document listing the issuer keys as JsonWebKey verification methods. */
export function didDocument(issuerDid: string, keys: readonly IssuerKey[]) {
  const methods = keys.map((k) => ({
    id: verificationMethodId(issuerDid, k),
    type: "JsonWebKey",
    controller: issuerDid,
    publicKeyJwk: { kty: k.publicJwk.kty, crv: k.publicJwk.crv, x: k.publicJwk.x },
  }));
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
    id: issuerDid,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
    authentication: methods.map((m) => m.id),
  };
}
