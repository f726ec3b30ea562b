import { CompactSign, compactVerify, decodeProtectedHeader, importJWK, type JWK } from "jose";
import type { IssuerKey } from "./keys";
import { verificationMethodId } from "./keys";

/**
 * VC-JWT after W3C "Securing Verifiable Credentials using JOSE and COSE": the JWS payload is the
 * credential itself (typ "vc+jwt", cty "vc"), signed with EdDSA/Ed25519; the header's kid is the
 * issuer DID's verification method. Registered JWT claims (iss, jti, nbf, exp, iat) are added and
 * agree with the credential, so plain JWT libraries check the validity period too.
 */
export type SecuredCredential = { jwt: string; kid: string };

type CredentialLike = { id: string; issuer: string | { id: string }; validFrom: string; validUntil?: string };

export function issuerIdOf(credential: { issuer: string | { id: string } }): string {
  return typeof credential.issuer === "string" ? credential.issuer : credential.issuer.id;
}

export async function signCredential(credential: CredentialLike, key: IssuerKey, now: Date = new Date()): Promise<SecuredCredential> {
  const issuer = issuerIdOf(credential);
  const kid = verificationMethodId(issuer, key);
  const claims = {
    ...credential,
    iss: issuer,
    jti: credential.id,
    iat: Math.floor(now.getTime() / 1000),
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    ...(credential.validUntil ? { exp: Math.floor(Date.parse(credential.validUntil) / 1000) } : {}),
  };
  const privateKey = await importJWK(key.privateJwk, "EdDSA");
  const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: "EdDSA", kid, typ: "vc+jwt", cty: "vc" })
    .sign(privateKey);
  return { jwt, kid };
}

export type VerifyResult =
  | { ok: true; credential: Record<string, unknown>; kid: string }
  | { ok: false; reason: "malformed" | "unknown-key" | "bad-signature" | "issuer-mismatch" | "not-yet-valid" | "expired"; message: string };

/**
 * Checks the signature against the issuer's published keys (a JWKS whose kids are full verification
 * method ids) and the validity period. It does not look at the status list (see status-list.ts).
 */
export async function verifyCredential(jwt: string, published: { keys: JWK[] }, now: Date = new Date()): Promise<VerifyResult> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(jwt);
    if (header.alg !== "EdDSA") return { ok: false, reason: "malformed", message: `unexpected alg ${String(header.alg)}` };
    kid = header.kid;
  } catch {
    return { ok: false, reason: "malformed", message: "not a compact JWS" };
  }
  const jwk = published.keys.find((k) => k.kid === kid);
  if (!kid || !jwk) return { ok: false, reason: "unknown-key", message: `no published key with kid ${kid ?? "(none)"}` };
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jwt, await importJWK(jwk, "EdDSA")));
  } catch {
    return { ok: false, reason: "bad-signature", message: "signature does not verify" };
  }
  let credential: Record<string, unknown> & { issuer?: string | { id: string }; validFrom?: string; validUntil?: string };
  try {
    credential = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return { ok: false, reason: "malformed", message: "payload is not JSON" };
  }
  if (!credential.issuer || !kid.startsWith(`${issuerIdOf(credential as { issuer: string | { id: string } })}#`)) {
    return { ok: false, reason: "issuer-mismatch", message: "the signing key does not belong to the credential's issuer" };
  }
  if (credential.validFrom && Date.parse(credential.validFrom) > now.getTime()) return { ok: false, reason: "not-yet-valid", message: `valid from ${credential.validFrom}` };
  if (credential.validUntil && Date.parse(credential.validUntil) < now.getTime()) return { ok: false, reason: "expired", message: `expired ${credential.validUntil}` };
  return { ok: true, credential, kid };
}
