import { randomBytes, randomInt } from "node:crypto";
import { z } from "zod";
import { appendAudit } from "@/lib/audit";
import { buildOpenBadgeCredential, buildStatusListCredential, pickFreeIndex, signCredential, STATUS_LIST_MIN_BITS, type Lang } from "@/lib/credentials";
import { getIssuer, statusListUrl } from "@/lib/credentials/issuer";
import type { Db, Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db";
import { formatCertificateNumber } from "./state";

/** The one status list in use; a second list starts when this one holds STATUS_LIST_MIN_BITS entries. */
export const CURRENT_STATUS_LIST = "1";

export class CertificateError extends Error {
  constructor(
    readonly code: "not-found" | "forbidden" | "already-issued" | "already-revoked" | "not-authorised",
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function newCertificateId(): string {
  // 16 url-safe characters, 96 random bits: unguessable, short enough for a QR code
  return randomBytes(12).toString("base64url");
}

/** Follows renewals back to the authorisation that named the enrolment (course and provider). */
async function enrolmentOf(tx: Tx, authorisationId: string): Promise<string | null> {
  let id: string | null = authorisationId;
  for (let hops = 0; id && hops < 50; hops++) {
    const a: { enrolmentId: string | null; renewsId: string | null } | null = await tx.authorisation.findUnique({ where: { id }, select: { enrolmentId: true, renewsId: true } });
    if (!a) return null;
    if (a.enrolmentId) return a.enrolmentId;
    id = a.renewsId;
  }
  return null;
}

export type IssueInput = { authorisationId: string; issuedBy: "auto" | "instructor"; issuedById: string | null; lang: Lang; baseUrl: string; now?: Date };

/**
 * Issues the certificate for an authorisation inside the caller's transaction: number, random status
 * list index, signed OpenBadgeCredential, audit entry. One live certificate per authorisation.
 */
export async function issueCertificate(tx: Tx, input: IssueInput) {
  const now = input.now ?? new Date();
  const auth = await tx.authorisation.findUnique({ where: { id: input.authorisationId }, include: { user: true } });
  if (!auth || !auth.user) throw new CertificateError("not-found", "No such authorisation (or its holder deleted their account).", 404);
  const existing = await tx.certificate.findFirst({ where: { authorisationId: auth.id, revokedAt: null } });
  if (existing) throw new CertificateError("already-issued", `Certificate ${existing.number} was already issued for this authorisation.`, 409);
  const enrolmentId = await enrolmentOf(tx, auth.id);
  const enrolment = enrolmentId
    ? await tx.enrolment.findUnique({ where: { id: enrolmentId }, include: { cohort: { include: { course: { include: { organisation: { include: { accreditation: true } } } } } } } })
    : null;
  if (!enrolment) throw new CertificateError("not-found", "The authorisation names no course enrolment.", 409);
  const course = enrolment.cohort.course;
  const org = course.organisation;

  const issuer = await getIssuer(tx, input.baseUrl);
  const used = new Set((await tx.certificate.findMany({ where: { statusList: CURRENT_STATUS_LIST }, select: { statusIndex: true } })).map((c) => c.statusIndex));
  const statusIndex = pickFreeIndex(used, STATUS_LIST_MIN_BITS, (n) => randomInt(n));
  const year = now.getUTCFullYear();
  const sequence = (await tx.certificate.count({ where: { number: { startsWith: `NW-${year}-` } } })) + 1;
  const number = formatCertificateNumber(year, sequence);
  const id = newCertificateId();
  const credential = buildOpenBadgeCredential({
    baseUrl: issuer.baseUrl,
    certificateId: id,
    certificateNumber: number,
    issuer: { id: issuer.id, name: issuer.name, url: issuer.url },
    holder: { name: auth.user.name, email: auth.user.email, salt: randomBytes(8).toString("hex") },
    provider: { id: org.id, name: org.name, accreditationNumber: org.accreditationNumber, accreditingBody: org.accreditation?.body ?? null },
    course: { title: course.title, points: course.accreditationPoints, hours: course.hours, register: course.register },
    validFrom: now,
    validUntil: auth.validUntil,
    status: { listUrl: statusListUrl(issuer.baseUrl, CURRENT_STATUS_LIST), index: statusIndex },
    lang: input.lang,
  });
  const { jwt } = await signCredential(credential, issuer.key, now);
  const cert = await tx.certificate.create({
    data: {
      id,
      number,
      userId: auth.user.id,
      authorisationId: auth.id,
      holderName: auth.user.name,
      courseTitle: course.title,
      courseId: course.id,
      providerName: org.name,
      providerAccreditation: [org.accreditation?.body, org.accreditationNumber].filter(Boolean).join(" "),
      locale: input.lang,
      issuedAt: now,
      validUntil: auth.validUntil,
      issuedBy: input.issuedBy,
      issuedById: input.issuedById,
      points: course.accreditationPoints,
      hours: course.hours,
      register: course.register,
      statusList: CURRENT_STATUS_LIST,
      statusIndex,
      credentialJwt: jwt,
    },
  });
  await appendAudit(tx, { type: "certificate.issued", actorId: input.issuedById, subjectId: cert.id, data: { number, authorisationId: auth.id, holderId: auth.user.id, statusIndex, issuedBy: input.issuedBy } }, now);
  return cert;
}

/** Retries a transaction that lost a race for a certificate number or status index. */
export async function withUniqueRetry<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (!isUniqueViolation(err) || i >= tries) throw err;
    }
  }
}

export const revokeSchema = z.object({ reason: z.string().trim().min(3, "Give a reason of at least 3 characters.").max(500) });

/** Revocation by an admin, or by a provider-role member of the organisation whose course it certifies. */
export async function revokeCertificate(db: Db, input: { certificateId: string; actor: { id: string; role: string; organisationId: string | null }; reason: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const cert = await tx.certificate.findUnique({ where: { id: input.certificateId } });
    if (!cert) throw new CertificateError("not-found", "No such certificate.", 404);
    if (input.actor.role !== "admin") {
      const course = cert.courseId ? await tx.course.findUnique({ where: { id: cert.courseId }, select: { organisationId: true } }) : null;
      if (input.actor.role !== "provider" || !course || course.organisationId !== input.actor.organisationId) {
        throw new CertificateError("forbidden", "Only an administrator or the issuing provider can revoke this certificate.", 403);
      }
    }
    if (cert.revokedAt) throw new CertificateError("already-revoked", `Certificate ${cert.number} was already revoked.`, 409);
    const updated = await tx.certificate.update({ where: { id: cert.id }, data: { revokedAt: now, revokedReason: input.reason, revokedById: input.actor.id } });
    await appendAudit(tx, { type: "certificate.revoked", actorId: input.actor.id, subjectId: cert.id, data: { number: cert.number, statusIndex: cert.statusIndex } }, now);
    return updated;
  });
}

/** The signed BitstringStatusListCredential for a list: every revoked certificate's bit set. */
export async function statusListCredentialJwt(db: Db, list: string, baseUrl: string, now: Date = new Date()): Promise<{ jwt: string; credential: ReturnType<typeof buildStatusListCredential> } | null> {
  if (list !== CURRENT_STATUS_LIST && (await db.certificate.count({ where: { statusList: list } })) === 0) return null;
  const revoked = await db.certificate.findMany({ where: { statusList: list, revokedAt: { not: null, lte: now } }, select: { statusIndex: true } });
  const issuer = await getIssuer(db, baseUrl);
  const credential = buildStatusListCredential({ url: statusListUrl(issuer.baseUrl, list), issuerId: issuer.id, revokedIndices: revoked.map((r) => r.statusIndex), validFrom: now });
  const { jwt } = await signCredential(credential, issuer.key, now);
  return { jwt, credential };
}
