import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { appendAudit } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { buildPortfolio, type Portfolio } from "./build";

export async function loadPortfolio(db: Db, userId: string, now: Date = new Date()): Promise<Portfolio> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    include: {
      enrolments: { include: { cohort: { include: { course: { include: { organisation: true } } } } } },
      certificates: true,
      cpdActivities: true,
      authorisations: { select: { enrolmentId: true } },
    },
  });
  const completedEnrolments = new Set(user.authorisations.map((a) => a.enrolmentId).filter(Boolean));
  return buildPortfolio(
    {
      holder: user.name,
      courses: user.enrolments.map((e) => ({
        enrolledAt: e.enrolledAt,
        endsOn: e.cohort.endsOn,
        title: e.cohort.course.title,
        provider: e.cohort.course.organisation.name,
        register: e.cohort.course.register,
        points: e.cohort.course.accreditationPoints,
        hours: e.cohort.course.hours,
        completed: completedEnrolments.has(e.id),
      })),
      certificates: user.certificates,
      activities: user.cpdActivities,
    },
    now,
  );
}

export const activitySchema = z.object({
  title: z.string().trim().min(2).max(200),
  provider: z.string().trim().min(2).max(200),
  date: z.coerce.date(),
  points: z.coerce.number().min(0).max(500),
  hours: z.coerce.number().min(0).max(1000),
  register: z.string().trim().max(160).default(""),
});

export const shareSchema = z.object({ days: z.coerce.number().int().min(1).max(90) });

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A read-only share link; only the token's hash is stored, so the database alone cannot rebuild links. */
export async function createShare(db: Db, userId: string, days: number, now: Date = new Date()) {
  const token = randomBytes(24).toString("base64url");
  const share = await db.portfolioShare.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + days * 86_400_000) } });
  return { token, share };
}

export async function resolveShare(db: Db, token: string, now: Date = new Date()): Promise<{ userId: string; expiresAt: Date } | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const share = await db.portfolioShare.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!share || share.revokedAt || share.expiresAt <= now) return null;
  return { userId: share.userId, expiresAt: share.expiresAt };
}

/** Everything stored about the user (their own data), as JSON-ready objects. Secrets are left out. */
export async function exportUserData(db: Db, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    include: {
      sectionProgress: true,
      attempts: { include: { responses: true } },
      enrolments: { include: { cohort: { include: { course: true } }, signOffs: true } },
      authorisations: true,
      certificates: true,
      cpdActivities: true,
      portfolioShares: { select: { id: true, expiresAt: true, revokedAt: true, createdAt: true } },
      signOffsGiven: true,
    },
  });
  const { passwordHash: _secret, ...rest } = user;
  void _secret;
  const logins = await db.loginAttempt.findMany({ where: { email: user.email }, select: { ip: true, success: true, createdAt: true } });
  return { exportedAt: new Date().toISOString(), format: "naaldwijzer-user-export/1", user: rest, loginAttempts: logins };
}

/**
 * Deletes the account and its learning records. Certificates and authorisations stay, without the link to
 * the account and without the holder's name, so /verify still answers truthfully (valid, expired or
 * revoked) for a certificate someone holds on paper. The audit log keeps ids only.
 */
export async function deleteAccount(db: Db, userId: string, now: Date = new Date()) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return;
    await tx.certificate.updateMany({ where: { userId }, data: { holderName: "", userId: null } });
    await tx.authorisation.updateMany({ where: { userId }, data: { evidence: "[]" } });
    await tx.loginAttempt.deleteMany({ where: { email: user.email } });
    await tx.user.delete({ where: { id: userId } });
    await appendAudit(tx, { type: "account.deleted", actorId: userId, subjectId: userId, data: {} }, now);
  });
}
