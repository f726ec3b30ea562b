import { appendAudit, isPostgresClient } from "@/lib/audit";
import { issueCertificate, withUniqueRetry } from "@/lib/certificates/service";
import type { Lang } from "@/lib/credentials";
import type { Db } from "@/lib/db";
import { gatherEvidence } from "./evidence";
import { requiredModuleSections } from "./modules";
import { DEFAULT_POLICY, evaluateAuthorisation, type AuthorisationPolicy, type Verdict } from "./rule";

export function policyFromEnv(env: Record<string, string | undefined> = process.env): AuthorisationPolicy {
  const months = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return Number.isInteger(n) && n > 0 && n <= 120 ? n : fallback;
  };
  return {
    validityMonths: months(env.AUTHORISATION_VALIDITY_MONTHS, DEFAULT_POLICY.validityMonths),
    renewalWindowMonths: months(env.AUTHORISATION_RENEWAL_WINDOW_MONTHS, DEFAULT_POLICY.renewalWindowMonths),
  };
}

export type RefreshResult = { verdict: Verdict; granted: { id: string; validUntil: Date } | null; certificateId: string | null };

/**
 * Evaluates the rule and, when it says so, records the authorisation (and, for courses set to "auto",
 * issues the certificate) in one transaction with its audit entries. The evidence is gathered again
 * inside the transaction so two concurrent calls cannot both grant.
 */
export async function refreshAuthorisation(db: Db, userId: string, opts: { baseUrl: string; lang: Lang; now?: Date; policy?: AuthorisationPolicy; modules?: { slug: string; sections: string[] }[] }): Promise<RefreshResult> {
  const now = opts.now ?? new Date();
  const policy = opts.policy ?? policyFromEnv();
  const modules = opts.modules ?? requiredModuleSections();
  const first = evaluateAuthorisation(await gatherEvidence(db, userId, modules), now, policy);
  if (!first.grant) return { verdict: first, granted: null, certificateId: null };

  // retried when another transaction took the same certificate number or status index first
  return withUniqueRetry(() => db.$transaction(async (tx) => {
    // one evaluation per user at a time (SQLite transactions are serialised already)
    if (isPostgresClient(tx)) await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtext($1))", `authorisation:${userId}`);
    const verdict = evaluateAuthorisation(await gatherEvidence(tx, userId, modules), now, policy);
    const grant = verdict.grant;
    if (!grant) return { verdict, granted: null, certificateId: null };
    const renewed = grant.renews ? await tx.authorisation.findUnique({ where: { id: grant.renews }, select: { enrolmentId: true } }) : null;
    const authorisation = await tx.authorisation.create({
      data: {
        userId,
        scope: "thoracic",
        grantedAt: now,
        validUntil: grant.validUntil,
        enrolmentId: grant.enrolmentId ?? renewed?.enrolmentId ?? null,
        renewsId: grant.renews,
        evidence: JSON.stringify(grant.evidence),
      },
    });
    await appendAudit(tx, { type: "authorisation.granted", actorId: null, subjectId: userId, data: { authorisationId: authorisation.id, validUntil: grant.validUntil.toISOString(), renews: grant.renews, mode: verdict.mode } }, now);
    let certificateId: string | null = null;
    const course = authorisation.enrolmentId
      ? (await tx.enrolment.findUnique({ where: { id: authorisation.enrolmentId }, include: { cohort: { include: { course: { select: { certificateIssue: true } } } } } }))?.cohort.course
      : null;
    if (course?.certificateIssue === "auto") {
      const cert = await issueCertificate(tx, { authorisationId: authorisation.id, issuedBy: "auto", issuedById: null, lang: opts.lang, baseUrl: opts.baseUrl, now });
      certificateId = cert.id;
    }
    return { verdict, granted: { id: authorisation.id, validUntil: authorisation.validUntil }, certificateId };
  }));
}
