// `npm run credentials:verify -- <file.jwt | ->`: verifies a Naaldwijzer certificate credential the way an
// outside verifier would, with code independent of the signer (jose): resolve the issuer's did:web to its
// DID document, check the Ed25519 signature with @noble/curves, the validity period, and the revocation
// bit in the published Bitstring Status List. did:web means https; for a local server pass --http.
// Exit code: 0 valid, 1 invalid/expired/revoked, 2 could not check.
import fs from "node:fs";
import { ed25519 } from "@noble/curves/ed25519.js";
import { Bitstring } from "../lib/credentials/status-list";

const args = process.argv.slice(2);
const http = args.includes("--http");
const source = args.find((a) => !a.startsWith("--"));

function b64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "base64url"));
}

function didWebUrl(did: string): string {
  const [, , host, ...path] = did.split(":");
  if (!did.startsWith("did:web:") || !host) throw new Error(`not a did:web: ${did}`);
  const base = `${http ? "http" : "https"}://${decodeURIComponent(host)}`;
  return path.length ? `${base}/${path.map(decodeURIComponent).join("/")}/did.json` : `${base}/.well-known/did.json`;
}

async function fetchJson(url: string) {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

async function main(): Promise<number> {
  if (!source) {
    console.error("usage: npm run credentials:verify -- <credential.jwt | -> [--http]");
    return 2;
  }
  const jwt = (source === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(source, "utf8")).trim();
  const [h, p, s] = jwt.split(".");
  if (!h || !p || !s) throw new Error("not a compact JWS");
  const header = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
  const vc = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
  const issuer: string = typeof vc.issuer === "string" ? vc.issuer : vc.issuer?.id;
  if (header.alg !== "EdDSA" || typeof header.kid !== "string" || !header.kid.startsWith(`${issuer}#`)) {
    console.log("INVALID: the header does not name an EdDSA key of the issuer");
    return 1;
  }
  const doc = await fetchJson(didWebUrl(issuer));
  const method = (doc.verificationMethod ?? []).find((m: { id: string }) => m.id === header.kid);
  if (!method || !(doc.assertionMethod ?? []).includes(header.kid)) {
    console.log(`INVALID: ${header.kid} is not an assertion key in the issuer's DID document`);
    return 1;
  }
  const ok = ed25519.verify(b64(s), new TextEncoder().encode(`${h}.${p}`), b64(method.publicKeyJwk.x));
  console.log(`signature (${header.kid}): ${ok ? "valid" : "INVALID"}`);
  if (!ok) return 1;
  const now = Date.now();
  if (vc.validFrom && Date.parse(vc.validFrom) > now) return console.log(`NOT YET VALID (from ${vc.validFrom})`), 1;
  if (vc.validUntil && Date.parse(vc.validUntil) < now) return console.log(`EXPIRED (${vc.validUntil})`), 1;
  const status = vc.credentialStatus;
  if (status?.type === "BitstringStatusListEntry") {
    const url = new URL(status.statusListCredential);
    if (http) url.protocol = "http:";
    // the signed form (VC-JWT), checked with the same DID document
    const res = await fetch(url, { headers: { accept: "application/vc+jwt" } });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const [lh, lp, ls] = (await res.text()).trim().split(".");
    const listHeader = JSON.parse(Buffer.from(lh ?? "", "base64url").toString("utf8"));
    const listKey = (doc.verificationMethod ?? []).find((m: { id: string }) => m.id === listHeader.kid);
    if (!lp || !ls || !listKey || !ed25519.verify(b64(ls), new TextEncoder().encode(`${lh}.${lp}`), b64(listKey.publicKeyJwk.x))) {
      return console.log("INVALID: the status list's signature does not verify"), 1;
    }
    const list = JSON.parse(Buffer.from(lp, "base64url").toString("utf8"));
    if (list.issuer !== issuer) return console.log("INVALID: the status list has another issuer"), 1;
    const revoked = Bitstring.decode(list.credentialSubject.encodedList).get(Number(status.statusListIndex));
    console.log(`status list ${status.statusListCredential} index ${status.statusListIndex}: ${revoked ? "REVOKED" : "not revoked"}`);
    if (revoked) return 1;
  }
  console.log(`VALID: ${vc.name} — ${vc.credentialSubject?.licenseNumber ?? ""}, until ${vc.validUntil}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`could not check: ${err instanceof Error ? err.message : err}`);
    process.exit(2);
  },
);
