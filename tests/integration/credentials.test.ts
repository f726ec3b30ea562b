import { spawnSync } from "node:child_process";
import path from "node:path";
import { ed25519 } from "@noble/curves/ed25519.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit, verifyStoredChain } from "@/lib/audit";
import { gatherEvidence } from "@/lib/authorisation/evidence";
import { sendExpiryReminders } from "@/lib/authorisation/reminders";
import { REQUIRED_MODULES, THORACIC_TECHNIQUES } from "@/lib/authorisation/rule";
import { refreshAuthorisation } from "@/lib/authorisation/service";
import { renderCertificatePdf } from "@/lib/certificates/pdf";
import { CertificateError, revokeCertificate, statusListCredentialJwt } from "@/lib/certificates/service";
import { certificateState } from "@/lib/certificates/state";
import { Bitstring, jwks, verifyCredential } from "@/lib/credentials";
import { getIssuer, publishedKeys } from "@/lib/credentials/issuer";
import { OutboxMailer } from "@/lib/mail";
import { portfolioCsv } from "@/lib/portfolio/build";
import { createShare, deleteAccount, exportUserData, loadPortfolio, resolveShare } from "@/lib/portfolio/service";
import { createCohort, createCourse, enrolWithCode, ProviderError, saveAccreditation, signOffPractice } from "@/lib/providers/service";
import { DATABASE_KINDS, freshDb, type TestDb } from "../helpers/db";

const BASE = "http://localhost:3108";
const MODULES = REQUIRED_MODULES.map((slug) => ({ slug, sections: [`${slug.slice(0, 2)}-intro`, `${slug.slice(0, 2)}-practice`] }));
const NOW = new Date("2026-11-25T10:00:00Z");

describe.each(DATABASE_KINDS)("providers → authorisation → certificate on %s", (kind) => {
  let t: TestDb;
  let org: { id: string };
  let instructor: { id: string; name: string; role: string; organisationId: string | null };
  let participant: { id: string; email: string; name: string };
  let enrolmentId: string;
  let inviteCode: string;

  beforeAll(async () => {
    t = await freshDb(kind);
    org = await t.db.organisation.create({ data: { name: "Academie Test", accreditationNumber: "KRF-T-1", accredited: true } });
    const i = await t.db.user.create({ data: { email: "docent@t.test", name: "Ineke Docent", passwordHash: "x", role: "provider", organisationId: org.id } });
    instructor = { id: i.id, name: i.name, role: i.role, organisationId: i.organisationId };
    participant = await t.db.user.create({ data: { email: "daan@t.test", name: "Daan Deelnemer", passwordHash: "x" } });
  });
  afterAll(async () => t?.cleanup());

  it("lets a provider set accreditation, a course and a cohort, and a participant enrol by code", async () => {
    await saveAccreditation(t.db, instructor, { body: "KNGF", register: "Kwaliteitsregister Fysio NL", validFrom: "2025-01-01" });
    const course = await createCourse(t.db, instructor, { title: "Thoracaal dry needling", accreditationPoints: 12, hours: 16, register: "KRF NL" });
    expect(course).toMatchObject({ certificateIssue: "auto", validityMonths: 36, organisationId: org.id });
    const cohort = await createCohort(t.db, instructor, course.id, { name: "Voorjaar", startsOn: "2026-09-01", endsOn: "2026-12-20" });
    expect(cohort.inviteCode).toMatch(/^[A-Z2-9]{8}$/);
    inviteCode = cohort.inviteCode;
    await expect(createCohort(t.db, instructor, course.id, { name: "x", startsOn: "2026-09-02", endsOn: "2026-09-01" })).rejects.toThrow(/end date/);
    await expect(enrolWithCode(t.db, participant.id, "NOPE", "code", NOW)).rejects.toMatchObject({ status: 400 });
    await expect(enrolWithCode(t.db, participant.id, "ABCDEFGH", "code", NOW)).rejects.toMatchObject({ status: 404 });
    const first = await enrolWithCode(t.db, participant.id, inviteCode.toLowerCase(), "link", NOW);
    const again = await enrolWithCode(t.db, participant.id, inviteCode, "code", NOW);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, enrolment: { id: first.enrolment.id } });
    await expect(enrolWithCode(t.db, participant.id, inviteCode, "code", new Date("2027-02-01T00:00:00Z"))).rejects.toBeInstanceOf(ProviderError);
    enrolmentId = first.enrolment.id;
  });

  it("only the provider's instructors sign off practice", async () => {
    const otherOrg = await t.db.organisation.create({ data: { name: "Ander", accredited: true } });
    const outsider = { id: "u-x", name: "X", role: "provider", organisationId: otherOrg.id };
    await expect(signOffPractice(t.db, outsider, { enrolmentId, technique: "TECH-1", practisedOn: "2026-10-01" }, NOW)).rejects.toMatchObject({ status: 403 });
    await expect(signOffPractice(t.db, instructor, { enrolmentId, technique: "TECH-9", practisedOn: "2026-10-01" }, NOW)).rejects.toThrow();
    await expect(signOffPractice(t.db, instructor, { enrolmentId, technique: "TECH-1", practisedOn: "2027-10-01" }, NOW)).rejects.toMatchObject({ status: 400 });
    for (const technique of THORACIC_TECHNIQUES.slice(0, 4)) await signOffPractice(t.db, instructor, { enrolmentId, technique, practisedOn: "2026-10-01" }, NOW);
    const evidence = await gatherEvidence(t.db, participant.id, MODULES);
    expect(evidence.practice[0]!.signOffs).toHaveLength(4);
    expect(evidence.practice[0]!.signOffs.every((s) => s.instructorOfProvider && s.instructorName === "Ineke Docent")).toBe(true);
  });

  it("does not authorise an incomplete path, then authorises and issues a signed certificate", async () => {
    let result = await refreshAuthorisation(t.db, participant.id, { baseUrl: BASE, lang: "nl", now: NOW, modules: MODULES });
    expect(result.granted).toBeNull();
    expect(result.verdict.items.filter((i) => i.status !== "done").length).toBe(7 + 7 + 2 + 1);

    await t.db.sectionProgress.createMany({ data: MODULES.flatMap((m) => m.sections.map((sectionId) => ({ userId: participant.id, moduleSlug: m.slug, sectionId }))) });
    const graded = (assessmentId: string, kind: string, passed = true) => ({ userId: participant.id, kind, assessmentId, status: "graded", content: "{}", passed, percent: passed ? 90 : 40, gradedAt: new Date("2026-10-10T00:00:00Z") });
    await t.db.attempt.createMany({ data: [...REQUIRED_MODULES.map((s) => graded(`quiz:${s}`, "quiz")), graded("exam:thoracic-theory", "exam", false), graded("practical:thoracic", "practical")] });
    result = await refreshAuthorisation(t.db, participant.id, { baseUrl: BASE, lang: "nl", now: NOW, modules: MODULES });
    expect(result.verdict.items.filter((i) => i.status !== "done").map((i) => i.id)).toEqual(["exam", "practice"]);

    await t.db.attempt.create({ data: graded("exam:thoracic-theory", "exam") });
    await signOffPractice(t.db, instructor, { enrolmentId, technique: "TECH-5", practisedOn: "2026-10-02" }, NOW);
    result = await refreshAuthorisation(t.db, participant.id, { baseUrl: BASE, lang: "nl", now: NOW, modules: MODULES });
    expect(result.granted?.validUntil).toEqual(new Date("2029-11-25T10:00:00Z"));
    expect(result.certificateId).toBeTruthy();

    // idempotent: a second evaluation grants nothing new
    const again = await refreshAuthorisation(t.db, participant.id, { baseUrl: BASE, lang: "nl", now: NOW, modules: MODULES });
    expect(again.granted).toBeNull();
    expect(await t.db.authorisation.count()).toBe(1);

    const cert = await t.db.certificate.findUniqueOrThrow({ where: { id: result.certificateId! } });
    expect(cert).toMatchObject({ number: "NW-2026-000001", holderName: "Daan Deelnemer", providerName: "Academie Test", points: 12, issuedBy: "auto" });
    expect(certificateState(cert, NOW)).toBe("valid");

    // the credential verifies against the published JWKS, and independently with @noble/curves
    const issuer = await getIssuer(t.db, BASE);
    const published = jwks(issuer.id, await publishedKeys(t.db));
    const verified = await verifyCredential(cert.credentialJwt, published, NOW);
    expect(verified.ok).toBe(true);
    const [h, p, s] = cert.credentialJwt.split(".");
    expect(ed25519.verify(Buffer.from(s!, "base64url"), new TextEncoder().encode(`${h}.${p}`), Buffer.from(published.keys[0]!.x!, "base64url"))).toBe(true);
    const vc = JSON.parse(Buffer.from(p!, "base64url").toString());
    expect(vc.credentialStatus.statusListIndex).toBe(String(cert.statusIndex));
    expect(vc.credentialSubject.licenseNumber).toBe(cert.number);
  });

  it("publishes revocation in the status list", async () => {
    const cert = await t.db.certificate.findFirstOrThrow();
    const before = await statusListCredentialJwt(t.db, "1", BASE, NOW);
    expect(Bitstring.decode(before!.credential.credentialSubject.encodedList).get(cert.statusIndex)).toBe(false);
    await expect(revokeCertificate(t.db, { certificateId: cert.id, actor: { id: participant.id, role: "participant", organisationId: null }, reason: "mistake" })).rejects.toBeInstanceOf(CertificateError);
    await revokeCertificate(t.db, { certificateId: cert.id, actor: instructor, reason: "Issued in error", now: NOW });
    await expect(revokeCertificate(t.db, { certificateId: cert.id, actor: instructor, reason: "again", now: NOW })).rejects.toMatchObject({ status: 409 });
    const after = await statusListCredentialJwt(t.db, "1", BASE, NOW);
    expect(Bitstring.decode(after!.credential.credentialSubject.encodedList).get(cert.statusIndex)).toBe(true);
    const published = jwks((await getIssuer(t.db, BASE)).id, await publishedKeys(t.db));
    expect(await verifyCredential(after!.jwt, published, NOW)).toMatchObject({ ok: true });
    expect(certificateState(await t.db.certificate.findUniqueOrThrow({ where: { id: cert.id } }), NOW)).toBe("revoked");
    expect(await statusListCredentialJwt(t.db, "99", BASE, NOW)).toBeNull();
  });

  it("renders the certificate PDF", async () => {
    const cert = await t.db.certificate.findFirstOrThrow();
    const pdf = await renderCertificatePdf({ ...cert, verifyUrl: `${BASE}/verify/${cert.id}`, lang: "nl" });
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2000);
  });

  it("sends an expiry reminder once per stage", async () => {
    const mailer = new OutboxMailer(t.db);
    const soon = new Date("2029-10-01T00:00:00Z");
    expect(await sendExpiryReminders(t.db, mailer, BASE, soon)).toMatchObject({ sent: 1 });
    expect(await sendExpiryReminders(t.db, mailer, BASE, soon)).toMatchObject({ sent: 0 });
    expect(await sendExpiryReminders(t.db, mailer, BASE, new Date("2029-11-01T00:00:00Z"))).toMatchObject({ sent: 1 });
    const mail = await t.db.outboxMessage.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    expect(mail).toMatchObject({ to: "daan@t.test", kind: "authorisation-expiry" });
    expect(mail.subject).toContain("2029-11-25");
  });

  it("builds the CPD portfolio and a share link that expires", async () => {
    await t.db.cpdActivity.create({ data: { userId: participant.id, title: "Echografie, thorax", provider: "=HYPERLINK(1)", date: new Date("2026-03-01"), points: 4, hours: 4 } });
    const portfolio = await loadPortfolio(t.db, participant.id, NOW);
    expect(portfolio.totals).toEqual({ points: 16, hours: 20 });
    const csv = portfolioCsv(portfolio, "en");
    expect(csv.split("\r\n")[0]).toBe("kind,date,title,provider,register,points,hours,certificate number,status,valid until");
    expect(csv).toContain("NW-2026-000001");
    expect(csv).toContain("'=HYPERLINK(1)");
    const { token } = await createShare(t.db, participant.id, 7, NOW);
    expect(await resolveShare(t.db, token, NOW)).toMatchObject({ userId: participant.id });
    expect(await resolveShare(t.db, token, new Date(NOW.getTime() + 8 * 86_400_000))).toBeNull();
    expect(await resolveShare(t.db, "x".repeat(32), NOW)).toBeNull();
  });

  it("exports the user's data and deletes the account, keeping anonymised certificates", async () => {
    const data = await exportUserData(t.db, participant.id);
    expect(data.user.email).toBe("daan@t.test");
    expect(JSON.stringify(data)).not.toContain("passwordHash");
    expect(data.user.certificates).toHaveLength(1);
    await deleteAccount(t.db, participant.id, NOW);
    expect(await t.db.user.findUnique({ where: { id: participant.id } })).toBeNull();
    const cert = await t.db.certificate.findFirstOrThrow();
    expect(cert).toMatchObject({ userId: null, holderName: "" });
    expect(cert.revokedAt).not.toBeNull();
  });

  it("keeps an intact audit chain and finds a row edited in the database", async () => {
    const { verdict, entries } = await verifyStoredChain(t.db);
    expect(verdict.ok).toBe(true);
    const intact = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: t.url }, encoding: "utf8" });
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toContain(`audit chain intact: ${entries.length} entries`);
    expect(entries.map((e) => e.type)).toEqual([
      ...Array(4).fill("practice.signed-off"),
      "practice.signed-off",
      "authorisation.granted",
      "certificate.issued",
      "certificate.revoked",
      "account.deleted",
    ]);
    const target = entries[6]!;
    await t.db.auditEntry.update({ where: { seq: target.seq }, data: { data: target.data.replace("auto", "instructor") } });
    const broken = await verifyStoredChain(t.db);
    expect(broken.verdict).toMatchObject({ ok: false, breaks: [{ index: 6, seq: target.seq, reason: "hash-mismatch" }] });
    const cli = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: t.url }, encoding: "utf8" });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`row 6 (seq ${target.seq}) hash-mismatch`);
  });

  it("serialises concurrent audit appends", async () => {
    const t2 = await freshDb(kind);
    try {
      await Promise.all(Array.from({ length: 8 }, (_, i) => t2.db.$transaction((tx) => appendAudit(tx, { type: "attempt.graded", subjectId: `a${i}` }))));
      const { verdict } = await verifyStoredChain(t2.db);
      expect(verdict).toMatchObject({ ok: true, count: 8 });
    } finally {
      await t2.cleanup();
    }
  });
});

describe.each(DATABASE_KINDS)("instructor-issued certificates and renewal on %s", (kind) => {
  let t: TestDb;
  afterAll(async () => t?.cleanup());

  it("waits for the instructor, refuses a second certificate, and renews on re-passed exam and practical", async () => {
    t = await freshDb(kind);
    const org = await t.db.organisation.create({ data: { name: "Academie B", accredited: true } });
    const i = await t.db.user.create({ data: { email: "i@b.test", name: "Instructeur B", passwordHash: "x", role: "provider", organisationId: org.id } });
    const instructor = { id: i.id, name: i.name, role: i.role, organisationId: org.id };
    const p = await t.db.user.create({ data: { email: "p@b.test", name: "Pien", passwordHash: "x", locale: "en" } });
    const course = await createCourse(t.db, instructor, { title: "Thorax B", accreditationPoints: 8, hours: 10, register: "KRF", certificateIssue: "instructor", validityMonths: 24 });
    const cohort = await createCohort(t.db, instructor, course.id, { name: "B1", startsOn: "2026-01-01", endsOn: "2026-12-31" });
    const { enrolment } = await enrolWithCode(t.db, p.id, cohort.inviteCode, "code", NOW);
    for (const technique of THORACIC_TECHNIQUES) await signOffPractice(t.db, instructor, { enrolmentId: enrolment.id, technique, practisedOn: "2026-06-01" }, NOW);
    await t.db.sectionProgress.createMany({ data: MODULES.flatMap((m) => m.sections.map((sectionId) => ({ userId: p.id, moduleSlug: m.slug, sectionId }))) });
    const graded = (assessmentId: string, kind: string, at: string) => ({ userId: p.id, kind, assessmentId, status: "graded", content: "{}", passed: true, gradedAt: new Date(at) });
    await t.db.attempt.createMany({ data: [...REQUIRED_MODULES.map((s) => graded(`quiz:${s}`, "quiz", "2026-06-02")), graded("exam:thoracic-theory", "exam", "2026-06-03"), graded("practical:thoracic", "practical", "2026-06-04")] });

    // concurrent evaluations grant once
    const results = await Promise.all([1, 2, 3].map(() => refreshAuthorisation(t.db, p.id, { baseUrl: BASE, lang: "en", now: NOW, modules: MODULES })));
    expect(results.filter((r) => r.granted)).toHaveLength(1);
    expect(await t.db.authorisation.count({ where: { userId: p.id } })).toBe(1);
    const first = results.find((r) => r.granted)!;
    expect(first.granted?.validUntil).toEqual(new Date("2028-11-25T10:00:00Z")); // the course's 24 months
    expect(first.certificateId).toBeNull();

    const { issueCertificate } = await import("@/lib/certificates/service");
    const cert = await t.db.$transaction((tx) => issueCertificate(tx, { authorisationId: first.granted!.id, issuedBy: "instructor", issuedById: i.id, lang: "en", baseUrl: BASE, now: NOW }));
    expect(cert).toMatchObject({ issuedBy: "instructor", issuedById: i.id, locale: "en", validUntil: first.granted!.validUntil });
    await expect(t.db.$transaction((tx) => issueCertificate(tx, { authorisationId: first.granted!.id, issuedBy: "instructor", issuedById: i.id, lang: "en", baseUrl: BASE, now: NOW }))).rejects.toMatchObject({ code: "already-issued" });

    // renewal window (6 months before expiry): the old exam and practical do not count, new ones do
    const later = new Date("2028-08-01T10:00:00Z");
    const due = await refreshAuthorisation(t.db, p.id, { baseUrl: BASE, lang: "en", now: later, modules: MODULES });
    expect(due.verdict.state).toBe("renewal-due");
    await t.db.attempt.createMany({ data: [graded("exam:thoracic-theory", "exam", "2028-07-20"), graded("practical:thoracic", "practical", "2028-07-21")] });
    const renewed = await refreshAuthorisation(t.db, p.id, { baseUrl: BASE, lang: "en", now: later, modules: MODULES });
    expect(renewed.granted?.validUntil).toEqual(new Date("2031-11-25T10:00:00Z"));
    const row = await t.db.authorisation.findUniqueOrThrow({ where: { id: renewed.granted!.id } });
    expect(row).toMatchObject({ renewsId: first.granted!.id, enrolmentId: enrolment.id });
    // the renewed authorisation can get its own certificate, naming the same course
    const second = await t.db.$transaction((tx) => issueCertificate(tx, { authorisationId: row.id, issuedBy: "instructor", issuedById: i.id, lang: "nl", baseUrl: BASE, now: later }));
    expect(second).toMatchObject({ courseTitle: "Thorax B", number: "NW-2028-000001" });
  });
});
