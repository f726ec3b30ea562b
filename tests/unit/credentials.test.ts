import { ed25519 } from "@noble/curves/ed25519.js";
import { describe, expect, it } from "vitest";
import {
  Bitstring,
  buildOpenBadgeCredential,
  buildStatusListCredential,
  didDocument,
  didWebFor,
  generateIssuerKey,
  hashIdentity,
  issuerKeyFromEnv,
  jwks,
  pickFreeIndex,
  signCredential,
  STATUS_LIST_MIN_BITS,
  verifyCredential,
  type OpenBadgeInput,
} from "@/lib/credentials";

const b64u = (s: string) => new Uint8Array(Buffer.from(s, "base64url"));

const input = (over: Partial<OpenBadgeInput> = {}): OpenBadgeInput => ({
  baseUrl: "https://naaldwijzer.example",
  certificateId: "c9x2k",
  certificateNumber: "NW-2026-000042",
  issuer: { id: didWebFor("https://naaldwijzer.example"), name: "Naaldwijzer", url: "https://naaldwijzer.example" },
  holder: { name: "Daan de Deelnemer", email: "Deelnemer@Naaldwijzer.test", salt: "s4lt" },
  provider: { id: "org1", name: "Academie Veilig Dry Needling", accreditationNumber: "KRF-1", accreditingBody: "KNGF" },
  course: { title: "Thoracaal dry needling", points: 12, hours: 16, register: "Kwaliteitsregister Fysio NL" },
  validFrom: new Date("2026-01-10T00:00:00Z"),
  validUntil: new Date("2029-01-10T00:00:00Z"),
  status: { listUrl: "https://naaldwijzer.example/api/v1/credentials/status/1", index: 4711 },
  lang: "en",
  ...over,
});

/** Verifies a compact JWS with @noble/curves (not jose, which signs): the signature covers header.payload. */
function nobleVerify(jwt: string, publicX: string): boolean {
  const [h, p, s] = jwt.split(".");
  return ed25519.verify(b64u(s!), new TextEncoder().encode(`${h}.${p}`), b64u(publicX));
}

describe("OpenBadgeCredential", () => {
  it("follows the OB 3.0 / VC 2.0 shape", () => {
    const vc = buildOpenBadgeCredential(input());
    expect(vc["@context"]).toEqual(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
    expect(vc.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(vc.issuer.id).toBe("did:web:naaldwijzer.example");
    expect(vc.validFrom).toBe("2026-01-10T00:00:00.000Z");
    expect(vc.credentialSubject.type).toEqual(["AchievementSubject"]);
    const codes = vc.credentialSubject.achievement.alignment.map((a) => a.targetCode);
    expect(codes).toContain("PNX-1");
    expect(codes).toEqual(expect.arrayContaining(["TECH-1", "TECH-2", "TECH-3", "TECH-4", "TECH-5"]));
    expect(vc.credentialStatus).toMatchObject({ type: "BitstringStatusListEntry", statusPurpose: "revocation", statusListIndex: "4711" });
    // the email is only present salted and hashed, normalised to lower case
    const email = vc.credentialSubject.identifier.find((i) => i.identityType === "emailAddress")!;
    expect(email.hashed).toBe(true);
    expect(email.identityHash).toBe(hashIdentity("deelnemer@naaldwijzer.test", "s4lt"));
    expect(JSON.stringify(vc)).not.toContain("naaldwijzer.test");
  });

  it("writes Dutch text for a Dutch certificate", () => {
    const vc = buildOpenBadgeCredential(input({ lang: "nl" }));
    expect(vc.name).toMatch(/thoracale regio/);
  });
});

describe("did:web and JWKS", () => {
  it("percent-encodes the port and keeps path segments", () => {
    expect(didWebFor("http://localhost:3108")).toBe("did:web:localhost%3A3108");
    expect(didWebFor("https://example.org/nw/")).toBe("did:web:example.org:nw");
  });

  it("publishes only public key material", async () => {
    const key = await generateIssuerKey();
    const did = "did:web:example.org";
    const set = jwks(did, [key]);
    expect(set.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", kid: `${did}${key.kid}` });
    expect(set.keys[0]).not.toHaveProperty("d");
    const doc = didDocument(did, [key]);
    expect(doc.assertionMethod).toEqual([`${did}${key.kid}`]);
    expect(JSON.stringify(doc)).not.toContain(key.privateJwk.d!);
  });

  it("rejects a malformed CREDENTIAL_SIGNING_KEY with a clear message", async () => {
    await expect(issuerKeyFromEnv("{")).rejects.toThrow(/not JSON/);
    await expect(issuerKeyFromEnv(JSON.stringify({ kty: "OKP", crv: "Ed25519", x: "abc" }))).rejects.toThrow(/private Ed25519 JWK/);
    const key = await generateIssuerKey();
    const fromEnv = await issuerKeyFromEnv(JSON.stringify({ ...key.privateJwk, kid: undefined }));
    expect(fromEnv.kid).toBe(key.kid);
  });
});

describe("VC-JWT signing", () => {
  it("signs with jose and verifies with @noble/curves over the JWS signing input", async () => {
    const key = await generateIssuerKey();
    const vc = buildOpenBadgeCredential(input());
    const { jwt, kid } = await signCredential(vc, key);
    const [h, p] = jwt.split(".");
    const header = JSON.parse(Buffer.from(h!, "base64url").toString());
    expect(header).toEqual({ alg: "EdDSA", kid, typ: "vc+jwt", cty: "vc" });
    expect(kid).toBe(`did:web:naaldwijzer.example${key.kid}`);
    const payload = JSON.parse(Buffer.from(p!, "base64url").toString());
    expect(payload).toMatchObject({ ...vc, iss: vc.issuer.id, jti: vc.id });
    expect(payload.exp).toBe(Date.parse(vc.validUntil) / 1000);
    expect(nobleVerify(jwt, key.publicJwk.x!)).toBe(true);

    const other = await generateIssuerKey();
    expect(nobleVerify(jwt, other.publicJwk.x!)).toBe(false);
  });

  it("a key pair made by @noble/curves verifies a jose signature made with its private key", async () => {
    const secret = ed25519.utils.randomSecretKey();
    const x = Buffer.from(ed25519.getPublicKey(secret)).toString("base64url");
    const key = await issuerKeyFromEnv(JSON.stringify({ kty: "OKP", crv: "Ed25519", x, d: Buffer.from(secret).toString("base64url") }));
    const { jwt } = await signCredential(buildOpenBadgeCredential(input()), key);
    expect(nobleVerify(jwt, x)).toBe(true);
  });

  it("detects tampering with the payload or the header", async () => {
    const key = await generateIssuerKey();
    const vc = buildOpenBadgeCredential(input());
    const { jwt } = await signCredential(vc, key);
    const [h, p, s] = jwt.split(".");
    const forged = JSON.parse(Buffer.from(p!, "base64url").toString());
    forged.validUntil = "2099-01-01T00:00:00.000Z";
    const tamperedPayload = `${h}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${s}`;
    expect(nobleVerify(tamperedPayload, key.publicJwk.x!)).toBe(false);
    const published = jwks(vc.issuer.id, [key]);
    const now = new Date("2027-01-01T00:00:00Z");
    expect(await verifyCredential(jwt, published, now)).toMatchObject({ ok: true });
    expect(await verifyCredential(tamperedPayload, published, now)).toMatchObject({ ok: false, reason: "bad-signature" });
    const header = JSON.parse(Buffer.from(h!, "base64url").toString());
    const tamperedHeader = `${Buffer.from(JSON.stringify({ ...header, typ: "JWT" })).toString("base64url")}.${p}.${s}`;
    expect(nobleVerify(tamperedHeader, key.publicJwk.x!)).toBe(false);
    // one flipped bit in the signature
    const sig = b64u(s!);
    sig[5]! ^= 1;
    expect(nobleVerify(`${h}.${p}.${Buffer.from(sig).toString("base64url")}`, key.publicJwk.x!)).toBe(false);
  });

  it("reports unknown keys, a foreign issuer and the validity period", async () => {
    const key = await generateIssuerKey();
    const vc = buildOpenBadgeCredential(input());
    const { jwt } = await signCredential(vc, key);
    expect(await verifyCredential(jwt, { keys: [] })).toMatchObject({ ok: false, reason: "unknown-key" });
    expect(await verifyCredential(jwt, jwks(vc.issuer.id, [key]), new Date("2030-01-01T00:00:00Z"))).toMatchObject({ ok: false, reason: "expired" });
    expect(await verifyCredential(jwt, jwks(vc.issuer.id, [key]), new Date("2025-01-01T00:00:00Z"))).toMatchObject({ ok: false, reason: "not-yet-valid" });
    // a credential naming another issuer but signed with our key
    const foreign = buildOpenBadgeCredential(input({ issuer: { id: "did:web:evil.example", name: "x", url: "https://evil.example" } }));
    const signed = await signCredential(foreign, key);
    const ourKeysUnderTheirName = jwks("did:web:evil.example", [key]);
    const ourKid = jwks(vc.issuer.id, [key]).keys[0]!.kid!;
    const relabelled = { keys: [{ ...ourKeysUnderTheirName.keys[0]!, kid: ourKid }] };
    const [, p2, s2] = signed.jwt.split(".");
    const h2 = Buffer.from(JSON.stringify({ alg: "EdDSA", kid: ourKid, typ: "vc+jwt", cty: "vc" })).toString("base64url");
    expect(await verifyCredential(`${h2}.${p2}.${s2}`, relabelled, new Date("2027-01-01T00:00:00Z"))).toMatchObject({ ok: false });
  });
});

describe("Bitstring Status List", () => {
  it("sets and gets bits, most significant bit first", () => {
    const bits = new Bitstring();
    expect(bits.length).toBe(STATUS_LIST_MIN_BITS);
    bits.set(0, true);
    bits.set(9, true);
    bits.set(STATUS_LIST_MIN_BITS - 1, true);
    expect(bits.bytes[0]).toBe(0b1000_0000);
    expect(bits.bytes[1]).toBe(0b0100_0000);
    expect(bits.get(0)).toBe(true);
    expect(bits.get(1)).toBe(false);
    expect(bits.get(9)).toBe(true);
    bits.set(9, false);
    expect(bits.get(9)).toBe(false);
    expect(() => bits.get(STATUS_LIST_MIN_BITS)).toThrow(RangeError);
    expect(() => bits.set(-1, true)).toThrow(RangeError);
  });

  it("round-trips through GZIP + multibase base64url", () => {
    const revoked = [3, 4711, 100_000];
    const encoded = Bitstring.withSetBits(revoked).encode();
    expect(encoded[0]).toBe("u");
    expect(encoded).not.toMatch(/[+/=]/);
    const decoded = Bitstring.decode(encoded);
    expect(decoded.length).toBe(STATUS_LIST_MIN_BITS);
    for (let i = 0; i < decoded.length; i++) if (decoded.get(i)) expect(revoked).toContain(i);
    for (const i of revoked) expect(decoded.get(i)).toBe(true);
    expect(() => Bitstring.decode("z123")).toThrow(/multibase/);
  });

  it("builds the status list credential a verifier reads", () => {
    const vc = buildStatusListCredential({ url: "https://x.example/api/v1/credentials/status/1", issuerId: "did:web:x.example", revokedIndices: [42], validFrom: new Date(0) });
    expect(vc.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
    expect(vc.credentialSubject.statusPurpose).toBe("revocation");
    expect(Bitstring.decode(vc.credentialSubject.encodedList).get(42)).toBe(true);
    expect(Bitstring.decode(vc.credentialSubject.encodedList).get(41)).toBe(false);
  });

  it("allocates free indices at random and reports a full list", () => {
    const seq = [5, 5, 5, 7];
    let k = 0;
    expect(pickFreeIndex(new Set([5]), 16, () => seq[k++ % seq.length]!)).toBe(7);
    expect(pickFreeIndex(new Set([0, 1, 2]), 4, () => 0)).toBe(3);
    expect(() => pickFreeIndex(new Set([0, 1]), 2, () => 0)).toThrow(/full/);
  });
});
