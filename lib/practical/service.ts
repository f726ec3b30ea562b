import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import type { Attempt } from "@/prisma/generated/sqlite/client";
import { getScenario, loadScenarios, scenarioVersion } from "@/lib/scenarios/load";
import { effectivePatient, tryEvaluate } from "@/lib/scenarios/outcome";
import { evaluateRequestSchema } from "@/lib/trajectory";
import { publicScenario, submissionSchema, type PublicScenario, type Scenario, type Submission } from "@/lib/scenarios/schema";
import { PASS_PERCENT, PRACTICAL_ID, TIME_LIMIT_MINUTES, scorePractical, type PracticalResult } from "./scoring";
import { auditGradedAttempt } from "@/lib/audit/events";

/**
 * The practical assessment's records in the shared Attempt / AttemptResponse tables.
 * started → submitted → graded. Every write is guarded by the status it expects, so two submits racing
 * each other yield one graded result and a PracticalError(409) for the other, and a graded attempt is
 * never changed again.
 */

export class PracticalError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const contentSchema = z.object({
  scenarios: z.array(z.object({ id: z.string(), version: z.string() })),
  passPercent: z.number(),
  timeLimitMinutes: z.number(),
});
type AttemptContent = z.infer<typeof contentSchema>;

export type PracticalAttemptView = {
  id: string;
  assessmentId: string;
  status: "started" | "submitted" | "graded";
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  gradedAt: string | null;
  scenarios: PublicScenario[];
  /** Saved answers by scenario id. */
  responses: Record<string, Submission>;
  passRule: { percent: number; criticalSafe: true };
  result: PracticalResult | null;
};

/** The scenarios of the practical, in order (content/scenarios/*.json with "use": "practical"). */
export function practicalScenarios(): Scenario[] {
  return loadScenarios().filter((s) => s.use === "practical");
}


function parseContent(row: { content: string }): AttemptContent {
  return contentSchema.parse(JSON.parse(row.content));
}

function scenarioFor(id: string): Scenario {
  const s = getScenario(id);
  if (!s) throw new PracticalError(409, "scenario_missing", `Scenario ${id} of this attempt no longer exists.`);
  return s;
}

async function findOwn(db: Db | Tx, userId: string, attemptId: string) {
  const row = await db.attempt.findFirst({ where: { id: attemptId, userId, assessmentId: PRACTICAL_ID } });
  if (!row) throw new PracticalError(404, "not_found", "No such practical attempt.");
  return row;
}

async function toView(db: Db | Tx, row: Attempt): Promise<PracticalAttemptView> {
  const content = parseContent(row);
  const responses = await db.attemptResponse.findMany({ where: { attemptId: row.id } });
  const answers: Record<string, Submission> = {};
  for (const r of responses) {
    const parsed = submissionSchema.safeParse(JSON.parse(r.answer));
    if (parsed.success) answers[r.itemId] = parsed.data;
  }
  const scenarios = content.scenarios.map((c) => getScenario(c.id)).filter((s): s is Scenario => !!s);
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    status: row.status as PracticalAttemptView["status"],
    startedAt: row.startedAt.toISOString(),
    deadlineAt: row.deadlineAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    gradedAt: row.gradedAt?.toISOString() ?? null,
    scenarios: scenarios.map(publicScenario),
    responses: answers,
    passRule: { percent: content.passPercent, criticalSafe: true },
    result: row.status === "graded" && row.result ? (JSON.parse(row.result) as PracticalResult) : null,
  };
}

function requestBase(s: Scenario, submission: Extract<Submission, { action: "needle" }>) {
  return { patient: effectivePatient(s, submission.adjustments), ...submission.trajectory };
}

const expired = (row: { deadlineAt: Date | null }, now: Date) => !!row.deadlineAt && row.deadlineAt.getTime() < now.getTime();

/**
 * started → submitted, as one conditional UPDATE: of several concurrent submits exactly one changes the
 * row; the others see count 0. Answers can no longer change afterwards (saves require "started").
 */
async function claim(db: Db, attemptId: string, submittedAt: Date): Promise<boolean> {
  const claimed = await db.attempt.updateMany({ where: { id: attemptId, status: "started" }, data: { status: "submitted", submittedAt } });
  return claimed.count === 1;
}

/**
 * submitted → graded: scores the frozen answers (pure, outside any transaction) and stores the result.
 * Deterministic, so a second grader (e.g. after a crash between the two steps) writes nothing new:
 * its conditional UPDATE matches no row and the credits it writes are the same.
 */
async function gradeSubmitted(db: Db, attemptId: string, now: Date): Promise<void> {
  const row = await db.attempt.findUnique({ where: { id: attemptId } });
  if (!row || row.status !== "submitted") return;
  const content = parseContent(row);
  const saved = await db.attemptResponse.findMany({ where: { attemptId } });
  const byId = new Map(saved.map((r) => [r.itemId, r]));
  const items = content.scenarios.map((c) => {
    const r = byId.get(c.id);
    const parsed = r ? submissionSchema.safeParse(JSON.parse(r.answer)) : null;
    return { scenario: scenarioFor(c.id), submission: parsed?.success ? parsed.data : null };
  });
  const result = scorePractical(items);
  const gradedAt = now.getTime() < (row.submittedAt?.getTime() ?? 0) ? row.submittedAt! : now;
  // Credits first: their filter needs the attempt still "submitted" within this transaction.
  await db.$transaction(async (tx) => {
    for (const sr of result.scenarios.filter((x) => byId.has(x.scenarioId))) {
      await tx.attemptResponse.updateMany({ where: { attemptId, itemId: sr.scenarioId, attempt: { status: "submitted" } }, data: { credit: sr.credit } });
    }
    const graded = await tx.attempt.updateMany({
      where: { id: attemptId, status: "submitted" },
      data: {
        status: "graded",
        gradedAt,
        score: result.score,
        maxScore: result.maxScore,
        percent: result.percent,
        passed: result.passed,
        durationSec: Math.max(0, Math.round(((row.submittedAt ?? now).getTime() - row.startedAt.getTime()) / 1000)),
        result: JSON.stringify(result),
      },
    });
    // Only the grader that actually graded writes the audit entry (a concurrent second grader matches nothing).
    if (graded.count === 1) {
      await auditGradedAttempt(tx, { id: attemptId, userId: row.userId, assessmentId: row.assessmentId, score: result.score, maxScore: result.maxScore, percent: result.percent, passed: result.passed, gradedAt });
    }
  });
}

/**
 * Brings an attempt up to date before it is shown: time up → graded on what was saved before the
 * deadline; left "submitted" by an interrupted request → graded now.
 */
async function settle(db: Db, row: Attempt, now: Date): Promise<Attempt> {
  if (row.status === "started" && expired(row, now)) await claim(db, row.id, row.deadlineAt ?? now);
  const current = row.status === "started" && !expired(row, now) ? row : await db.attempt.findUniqueOrThrow({ where: { id: row.id } });
  if (current.status === "submitted") {
    await gradeSubmitted(db, row.id, now);
    return db.attempt.findUniqueOrThrow({ where: { id: row.id } });
  }
  return current;
}

/** Resumes the user's open attempt, or starts a new one. */
export async function startPractical(db: Db, userId: string, now = new Date()): Promise<{ attempt: PracticalAttemptView; resumed: boolean }> {
  const open = await db.attempt.findFirst({ where: { userId, assessmentId: PRACTICAL_ID, status: "started" }, orderBy: { startedAt: "desc" } });
  if (open) {
    const current = await settle(db, open, now);
    if (current.status === "started") return { attempt: await toView(db, current), resumed: true };
  }
  const scenarios = practicalScenarios();
  if (scenarios.length === 0) throw new PracticalError(409, "no_scenarios", "The practical has no scenarios.");
  const content: AttemptContent = {
    scenarios: scenarios.map((s) => ({ id: s.id, version: scenarioVersion(s) })),
    passPercent: PASS_PERCENT,
    timeLimitMinutes: TIME_LIMIT_MINUTES,
  };
  const row = await db.attempt.create({
    data: {
      userId,
      kind: "practical",
      assessmentId: PRACTICAL_ID,
      status: "started",
      startedAt: now,
      deadlineAt: new Date(now.getTime() + TIME_LIMIT_MINUTES * 60_000),
      content: JSON.stringify(content),
    },
  });
  return { attempt: await toView(db, row), resumed: false };
}

export async function getPractical(db: Db, userId: string, attemptId: string, now = new Date()): Promise<PracticalAttemptView> {
  const row = await settle(db, await findOwn(db, userId, attemptId), now);
  return toView(db, row);
}

export async function listPracticals(db: Db, userId: string) {
  const rows = await db.attempt.findMany({ where: { userId, assessmentId: PRACTICAL_ID }, orderBy: { startedAt: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    startedAt: r.startedAt.toISOString(),
    deadlineAt: r.deadlineAt?.toISOString() ?? null,
    gradedAt: r.gradedAt?.toISOString() ?? null,
    percent: r.percent,
    passed: r.passed,
  }));
}

async function upsertResponse(tx: Tx, row: Attempt, scenarioId: string, submission: Submission, now: Date) {
  const content = parseContent(row);
  const entry = content.scenarios.find((c) => c.id === scenarioId);
  if (!entry) throw new PracticalError(404, "unknown_scenario", `Scenario ${scenarioId} is not part of this attempt.`);
  if (submission.action === "needle") {
    // Refuse what cannot be evaluated at all (e.g. a direction pointing out of the body): the learner
    // gets a clear 400 now rather than a silent zero later. Nothing about safety is revealed.
    const scenario = scenarioFor(scenarioId);
    const parsed = evaluateRequestSchema.safeParse({ ...requestBase(scenario, submission) });
    if (!parsed.success) throw new PracticalError(400, "invalid_trajectory", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    if (!tryEvaluate(parsed.data)) throw new PracticalError(400, "invalid_trajectory", "The needle does not enter the body at this entry point with this direction.");
  }
  const answer = JSON.stringify(submission);
  await tx.attemptResponse.upsert({
    where: { attemptId_itemId: { attemptId: row.id, itemId: scenarioId } },
    create: { attemptId: row.id, itemId: scenarioId, itemVersion: entry.version, answer, savedAt: now },
    update: { answer, itemVersion: entry.version, savedAt: now },
  });
}

/** Saves (or replaces) the answer to one scenario while the attempt is open. */
export async function saveResponse(db: Db, userId: string, attemptId: string, scenarioId: string, submission: Submission, now = new Date()) {
  const row = await findOwn(db, userId, attemptId);
  if (row.status !== "started") throw new PracticalError(409, "not_open", "This attempt has been submitted; its answers can no longer change.");
  if (expired(row, now)) {
    await settle(db, row, now);
    throw new PracticalError(409, "deadline_passed", "The time for this attempt is up; it was graded on the answers saved before the deadline.");
  }
  await db.$transaction(async (tx) => {
    // Touching the row under the status guard locks it (PostgreSQL) and proves it is still open, so a
    // save cannot slip in after a concurrent submit has read the answers.
    const open = await tx.attempt.updateMany({ where: { id: row.id, status: "started" }, data: { status: "started" } });
    if (open.count !== 1) throw new PracticalError(409, "not_open", "This attempt has been submitted; its answers can no longer change.");
    await upsertResponse(tx, row, scenarioId, submission, now);
  });
}

/**
 * Submits and grades. Optional `responses` are saved first (each like saveResponse). A second or
 * concurrent submit gets PracticalError(409, "already_submitted"); the stored result stays as it was.
 */
export async function submitPractical(
  db: Db,
  userId: string,
  attemptId: string,
  responses: { scenarioId: string; submission: Submission }[] = [],
  now = new Date(),
): Promise<PracticalAttemptView> {
  const row = await findOwn(db, userId, attemptId);
  if (row.status !== "started") throw new PracticalError(409, "already_submitted", "This attempt was already submitted.");
  const late = expired(row, now);
  // Answers sent with a late submit are ignored: the deadline froze the saved ones.
  if (!late) for (const r of responses) await saveResponse(db, userId, attemptId, r.scenarioId, r.submission, now).catch(rethrowAsSubmitted);
  if (!(await claim(db, row.id, late ? (row.deadlineAt ?? now) : now))) {
    throw new PracticalError(409, "already_submitted", "This attempt was already submitted.");
  }
  await gradeSubmitted(db, row.id, now);
  return toView(db, await db.attempt.findUniqueOrThrow({ where: { id: row.id } }));
}

/** A save refused because a concurrent submit closed the attempt is reported as that submit's 409. */
function rethrowAsSubmitted(err: unknown): never {
  if (err instanceof PracticalError && err.code === "not_open") throw new PracticalError(409, "already_submitted", "This attempt was already submitted.");
  throw err;
}
