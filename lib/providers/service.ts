import { randomInt } from "node:crypto";
import { z } from "zod";
import { appendAudit } from "@/lib/audit";
import { THORACIC_TECHNIQUES } from "@/lib/authorisation/rule";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db";

export class ProviderError extends Error {
  constructor(
    readonly code: "not-found" | "forbidden" | "invalid" | "closed" | "conflict",
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export type Actor = { id: string; name: string; role: string; organisationId: string | null };

const day = z.coerce.date({ error: "Give a valid date (YYYY-MM-DD)." });

export const accreditationSchema = z.object({
  body: z.string().trim().min(2).max(120),
  register: z.string().trim().min(2).max(160),
  validFrom: day,
  validUntil: day.nullish(),
  website: z.url().max(300).nullish().or(z.literal("").transform(() => null)),
  contactEmail: z.email().max(320).nullish().or(z.literal("").transform(() => null)),
});

export const courseSchema = z.object({
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(2000).default(""),
  accreditationPoints: z.coerce.number().min(0).max(500),
  hours: z.coerce.number().min(0).max(1000),
  register: z.string().trim().min(2).max(160),
  certificateIssue: z.enum(["auto", "instructor"]).default("auto"),
  validityMonths: z.coerce.number().int().min(1).max(120).default(36),
});

export const cohortSchema = z
  .object({ name: z.string().trim().min(2).max(120), startsOn: day, endsOn: day })
  .refine((c) => c.endsOn >= c.startsOn, { path: ["endsOn"], message: "The end date lies before the start date." });

export const signOffSchema = z.object({
  enrolmentId: z.string().min(1),
  technique: z.enum(THORACIC_TECHNIQUES),
  practisedOn: day,
  note: z.string().trim().max(500).default(""),
});

export const inviteCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z2-9]{8}$/, "An invitation code has 8 letters and digits.");

// no 0/O, 1/I/L: codes are read aloud and typed
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export function newInviteCode(random: (n: number) => number = randomInt): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[random(CODE_ALPHABET.length)]).join("");
}

function orgOf(actor: Actor, organisationId?: string | null): string {
  if (actor.role === "admin" && organisationId) return organisationId;
  if (actor.role !== "provider" && actor.role !== "admin") throw new ProviderError("forbidden", "Only providers manage courses.", 403);
  if (!actor.organisationId) throw new ProviderError("forbidden", "Your account belongs to no provider organisation.", 403);
  return actor.organisationId;
}

async function courseForActor(db: Db, actor: Actor, courseId: string) {
  const course = await db.course.findUnique({ where: { id: courseId } });
  if (!course) throw new ProviderError("not-found", "No such course.", 404);
  if (actor.role !== "admin" && course.organisationId !== actor.organisationId) throw new ProviderError("forbidden", "This course belongs to another provider.", 403);
  return course;
}

export async function saveAccreditation(db: Db, actor: Actor, input: unknown, organisationId?: string) {
  const data = accreditationSchema.parse(input);
  const orgId = orgOf(actor, organisationId);
  return db.providerAccreditation.upsert({ where: { organisationId: orgId }, create: { organisationId: orgId, ...data }, update: data });
}

export async function createCourse(db: Db, actor: Actor, input: unknown, organisationId?: string) {
  const data = courseSchema.parse(input);
  return db.course.create({ data: { ...data, organisationId: orgOf(actor, organisationId) } });
}

export async function createCohort(db: Db, actor: Actor, courseId: string, input: unknown) {
  const data = cohortSchema.parse(input);
  await courseForActor(db, actor, courseId);
  for (let tries = 0; ; tries++) {
    try {
      return await db.cohort.create({
        data: { ...data, courseId, inviteCode: newInviteCode(), instructors: actor.role === "provider" ? { create: { userId: actor.id } } : undefined },
      });
    } catch (err) {
      if (!isUniqueViolation(err) || tries >= 4) throw err;
    }
  }
}

/** Adds a provider-role colleague of the same organisation as instructor of a cohort. */
export async function addInstructor(db: Db, actor: Actor, cohortId: string, email: string) {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, include: { course: true } });
  if (!cohort) throw new ProviderError("not-found", "No such cohort.", 404);
  await courseForActor(db, actor, cohort.courseId);
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || user.role !== "provider" || user.organisationId !== cohort.course.organisationId) {
    throw new ProviderError("invalid", "That address is not a provider account of this organisation.", 400);
  }
  return db.cohortInstructor.upsert({ where: { cohortId_userId: { cohortId, userId: user.id } }, create: { cohortId, userId: user.id }, update: {} });
}

/** Enrols a participant with an invitation code (typed, or carried by the invitation link). Idempotent. */
export async function enrolWithCode(db: Db, userId: string, rawCode: string, via: "code" | "link", now: Date = new Date()) {
  const parsed = inviteCodeSchema.safeParse(rawCode);
  if (!parsed.success) throw new ProviderError("invalid", parsed.error.issues[0]!.message, 400);
  const cohort = await db.cohort.findUnique({ where: { inviteCode: parsed.data }, include: { course: { include: { organisation: true } } } });
  if (!cohort) throw new ProviderError("not-found", "No cohort has this invitation code.", 404);
  const closes = cohort.inviteUntil ?? new Date(cohort.endsOn.getTime() + 86_400_000);
  if (now > closes) throw new ProviderError("closed", "This invitation has expired; ask your provider for a new one.", 410);
  const existing = await db.enrolment.findUnique({ where: { cohortId_userId: { cohortId: cohort.id, userId } } });
  if (existing) return { enrolment: existing, cohort, created: false };
  try {
    const enrolment = await db.enrolment.create({ data: { cohortId: cohort.id, userId, via } });
    return { enrolment, cohort, created: true };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const enrolment = await db.enrolment.findUniqueOrThrow({ where: { cohortId_userId: { cohortId: cohort.id, userId } } });
    return { enrolment, cohort, created: false };
  }
}

/**
 * An instructor records that the participant practised a technique under supervision. The signer must be
 * a provider-role member of the course's organisation (admins cannot sign: they did not supervise).
 * Signing the same technique again replaces the date and note.
 */
export async function signOffPractice(db: Db, actor: Actor, input: unknown, now: Date = new Date()) {
  const data = signOffSchema.parse(input);
  if (data.practisedOn.getTime() > now.getTime() + 86_400_000) throw new ProviderError("invalid", "The practice date lies in the future.", 400);
  const enrolment = await db.enrolment.findUnique({ where: { id: data.enrolmentId }, include: { cohort: { include: { course: true } } } });
  if (!enrolment) throw new ProviderError("not-found", "No such enrolment.", 404);
  if (actor.role !== "provider" || actor.organisationId !== enrolment.cohort.course.organisationId) {
    throw new ProviderError("forbidden", "Only an instructor of this course's provider can sign off practice.", 403);
  }
  return db.$transaction(async (tx) => {
    const signOff = await tx.practiceSignOff.upsert({
      where: { enrolmentId_technique: { enrolmentId: enrolment.id, technique: data.technique } },
      create: { enrolmentId: enrolment.id, technique: data.technique, practisedOn: data.practisedOn, note: data.note, instructorId: actor.id, instructorName: actor.name },
      update: { practisedOn: data.practisedOn, note: data.note, instructorId: actor.id, instructorName: actor.name },
    });
    await appendAudit(tx, { type: "practice.signed-off", actorId: actor.id, subjectId: enrolment.userId, data: { enrolmentId: enrolment.id, technique: data.technique, practisedOn: data.practisedOn.toISOString().slice(0, 10) } }, now);
    return signOff;
  });
}

export async function withdrawSignOff(db: Db, actor: Actor, signOffId: string, now: Date = new Date()) {
  const signOff = await db.practiceSignOff.findUnique({ where: { id: signOffId }, include: { enrolment: { include: { cohort: { include: { course: true } } } } } });
  if (!signOff) throw new ProviderError("not-found", "No such sign-off.", 404);
  if (actor.role !== "provider" || actor.organisationId !== signOff.enrolment.cohort.course.organisationId) {
    throw new ProviderError("forbidden", "Only an instructor of this course's provider can withdraw a sign-off.", 403);
  }
  await db.$transaction(async (tx) => {
    await tx.practiceSignOff.delete({ where: { id: signOff.id } });
    await appendAudit(tx, { type: "practice.withdrawn", actorId: actor.id, subjectId: signOff.enrolment.userId, data: { enrolmentId: signOff.enrolmentId, technique: signOff.technique } }, now);
  });
}
