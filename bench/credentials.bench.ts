// Credentials and audit log: how long signing, verifying, status lists, PDFs and chain checks take.
// Prints numbers; it does not pass or fail on speed.
import { ed25519 } from "@noble/curves/ed25519.js";
import { nextEntry, verifyChain, type AuditEntryRow } from "../lib/audit/chain";
import { renderCertificatePdf } from "../lib/certificates/pdf";
import { Bitstring, buildOpenBadgeCredential, generateIssuerKey, jwks, signCredential, verifyCredential } from "../lib/credentials";

async function time<T>(label: string, n: number, fn: (i: number) => Promise<T> | T): Promise<void> {
  for (let i = 0; i < Math.min(5, n); i++) await fn(i); // warm-up
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const ms = performance.now() - started;
  console.log(`${label.padEnd(52)} ${(ms / n).toFixed(3).padStart(9)} ms/op  (${n} ops, ${Math.round((n * 1000) / ms)} ops/s)`);
}

async function main() {
  const key = await generateIssuerKey();
  const base = "https://naaldwijzer.example";
  const vc = buildOpenBadgeCredential({
    baseUrl: base,
    certificateId: "bench",
    certificateNumber: "NW-2026-000001",
    issuer: { id: "did:web:naaldwijzer.example", name: "Naaldwijzer", url: base },
    holder: { name: "Bench Holder", email: "bench@example.test", salt: "00" },
    provider: { id: "o1", name: "Academie", accreditationNumber: "KRF-1", accreditingBody: "KNGF" },
    course: { title: "Thoracaal", points: 12, hours: 16, register: "KRF" },
    validFrom: new Date(),
    validUntil: new Date(Date.now() + 3 * 365 * 86_400_000),
    status: { listUrl: `${base}/api/v1/credentials/status/1`, index: 42 },
    lang: "nl",
  });
  const published = jwks(vc.issuer.id, [key]);
  const { jwt } = await signCredential(vc, key);
  console.log(`VC-JWT size: ${jwt.length} bytes`);
  await time("build + sign OpenBadgeCredential (jose EdDSA)", 300, () => signCredential(vc, key));
  await time("verify VC-JWT (jose, published JWKS)", 300, () => verifyCredential(jwt, published));
  const [h, p, s] = jwt.split(".");
  const msg = new TextEncoder().encode(`${h}.${p}`);
  const sig = Buffer.from(s!, "base64url");
  const pub = Buffer.from(key.publicJwk.x!, "base64url");
  await time("verify signature (@noble/curves)", 300, () => ed25519.verify(sig, msg, pub));

  // 1000 revoked at pseudo-random positions (a regular pattern would compress unrealistically well)
  const rand = () => Math.floor(Math.random() * 131072);
  const bits = Bitstring.withSetBits(Array.from({ length: 1000 }, rand));
  const encoded = bits.encode();
  console.log(`status list: 131072 bits, 1000 revoked → encodedList ${encoded.length} chars`);
  await time("encode status list (gzip + base64url)", 200, () => bits.encode());
  await time("decode status list", 200, () => Bitstring.decode(encoded));

  const entries: AuditEntryRow[] = [];
  for (let i = 0; i < 10_000; i++) entries.push(nextEntry(entries.at(-1) ?? null, { type: "attempt.graded", subjectId: `u${i % 100}`, data: { attemptId: `a${i}`, percent: i % 100, passed: i % 3 !== 0 } }, new Date(1_700_000_000_000 + i * 1000)));
  await time("verifyChain, 10 000 entries", 5, () => verifyChain(entries));

  await time("render certificate PDF with QR code (pdf-lib)", 20, () =>
    renderCertificatePdf({ number: "NW-2026-000001", holderName: "Bench Holder", courseTitle: "Thoracaal", providerName: "Academie", providerAccreditation: "KNGF KRF-1", points: 12, hours: 16, register: "KRF", issuedAt: new Date(), validUntil: new Date(), verifyUrl: `${base}/verify/AbCdEfGhIjKlMnOp`, lang: "nl" }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
