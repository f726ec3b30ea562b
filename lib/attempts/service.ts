/**
 * Attempts at module quizzes and the thoracic theory exam, on the shared Attempt / AttemptResponse
 * tables. Lifecycle: started → submitted → graded, and a graded attempt is never written again.
 *
 * Race safety: every state change is a conditional write (`updateMany … where status = 'started'`) as the
 * first statement of its transaction, so of two concurrent submits exactly one flips the status and grades;
 * the other finds nothing to update and gets a 409. Answers are saved under the same condition, so an
 * answer cannot slip in after the attempt was submitted. Time comes from the caller (`now`), which the
 * routes take from lib/clock (test clock in e2e).
 */
import type { Db, Tx } from "@/lib/db";
import { loadQuestionBank, type QuestionBank } from "@/lib/questions/bank";
import type { Locale, ModuleSlug } from "@/lib/questions/schema";
import { MODULE_SLUGS } from "@/lib/questions/schema";
import { DEFAULT_QUIZ_CONFIG, EXAM_ID, examConfig, parseAssessmentId, quizId, type ExamConfig, type QuizConfig } from "@/lib/exam/config";
import { drawExam, drawQuiz, DrawError, type AttemptContent } from "@/lib/exam/draw";
import { gradeContent, parseContent } from "@/lib/exam/grade";
import { validateAnswer, type Answer } from "@/lib/exam/scoring";
import { buildAttemptView, reviewFor, type AttemptRecord, type AttemptView, type ItemReview, type StoredResult } from "@/lib/exam/view";
import { auditGradedAttempt } from "@/lib/audit/events";

export type AttemptErrorCode =
  | "unknown-assessment"
  | "no-items"
  | "not-found"
  | "max-attempts"
  | "cooldown"
  | "already-passed"
  | "not-in-attempt"
  | "invalid-answer"
  | "already-answered"
  | "not-started"
  | "deadline-passed";

const STATUS: Record<AttemptErrorCode, number> = {
  "unknown-assessment": 404,
  "no-items": 404,
  "not-found": 404,
  "max-attempts": 409,
  cooldown: 409,
  "already-passed": 409,
  "not-in-attempt": 400,
  "invalid-answer": 400,
  "already-answered": 409,
  "not-started": 409,
  "deadline-passed": 410,
};

/** An expected refusal; routes turn it into a JSON response with `status`. */
export class AttemptError extends Error {
  readonly status: number;
  constructor(
    readonly code: AttemptErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AttemptError";
    this.status = STATUS[code];
  }
}

export type ServiceOptions = { bank?: QuestionBank; exam?: ExamConfig; quiz?: QuizConfig };
const bankOf = (o: ServiceOptions) => o.bank ?? loadQuestionBank();
const examOf = (o: ServiceOptions) => o.exam ?? examConfig();
const quizOf = (o: ServiceOptions) => o.quiz ?? DEFAULT_QUIZ_CONFIG;

type AttemptRow = Awaited<ReturnType<Db["attempt"]["findUnique"]>> & {};

function toRecord(row: AttemptRow): AttemptRecord {
  return {
    id: row.id,
    kind: row.kind,
    assessmentId: row.assessmentId,
    status: row.status,
    startedAt: row.startedAt,
    deadlineAt: row.deadlineAt,
    submittedAt: row.submittedAt,
    durationSec: row.durationSec,
    content: parseContent(row.content),
    result: row.result ? (JSON.parse(row.result) as StoredResult) : null,
  };
}

function answersOf(responses: readonly { itemId: string; answer: string }[]): Map<string, Answer> {
  return new Map(responses.map((r) => [r.itemId, JSON.parse(r.answer) as Answer]));
}

const expired = (row: { status: string; deadlineAt: Date | null }, now: Date) =>
  row.status === "started" && row.deadlineAt !== null && now.getTime() > row.deadlineAt.getTime();

// ── eligibility ──────────────────────────────────────────────────────────────────────────────────────

export type ExamEligibility = {
  canStart: boolean;
  reason: "in-progress" | "max-attempts" | "cooldown" | "already-passed" | null;
  attemptsUsed: number;
  attemptsLeft: number;
  cooldownUntil: string | null;
  inProgressId: string | null;
  config: Pick<ExamConfig, "items" | "passPercent" | "timeLimitMinutes" | "maxAttempts" | "cooldownHours">;
};

export function examEligibilityFrom(
  attempts: readonly { id: string; status: string; passed: boolean | null; submittedAt: Date | null; deadlineAt: Date | null }[],
  config: ExamConfig,
  now: Date,
): ExamEligibility {
  const base = {
    attemptsUsed: attempts.length,
    attemptsLeft: Math.max(0, config.maxAttempts - attempts.length),
    config: {
      items: config.items,
      passPercent: config.passPercent,
      timeLimitMinutes: config.timeLimitMinutes,
      maxAttempts: config.maxAttempts,
      cooldownHours: config.cooldownHours,
    },
  };
  const open = attempts.find((a) => a.status === "started" && !expired(a, now));
  if (open) return { ...base, canStart: true, reason: "in-progress", cooldownUntil: null, inProgressId: open.id };
  if (attempts.some((a) => a.passed)) return { ...base, canStart: false, reason: "already-passed", cooldownUntil: null, inProgressId: null };
  if (attempts.length >= config.maxAttempts) return { ...base, canStart: false, reason: "max-attempts", cooldownUntil: null, inProgressId: null };
  const ends = attempts
    .map((a) => a.submittedAt ?? (a.status === "started" ? a.deadlineAt : null))
    .filter((d): d is Date => d !== null)
    .map((d) => d.getTime());
  if (ends.length) {
    const until = Math.max(...ends) + config.cooldownHours * 3600_000;
    if (now.getTime() < until) return { ...base, canStart: false, reason: "cooldown", cooldownUntil: new Date(until).toISOString(), inProgressId: null };
  }
  return { ...base, canStart: true, reason: null, cooldownUntil: null, inProgressId: null };
}

export async function examEligibility(db: Db, userId: string, now: Date, options: ServiceOptions = {}): Promise<ExamEligibility> {
  await finalizeExpiredFor(db, userId, EXAM_ID, now, options);
  const attempts = await db.attempt.findMany({
    where: { userId, assessmentId: EXAM_ID },
    select: { id: true, status: true, passed: true, submittedAt: true, deadlineAt: true },
    orderBy: { startedAt: "asc" },
  });
  return examEligibilityFrom(attempts, examOf(options), now);
}

// ── start ────────────────────────────────────────────────────────────────────────────────────────────

export async function startAttempt(
  db: Db,
  input: { userId: string; assessmentId: string; now: Date },
  options: ServiceOptions = {},
): Promise<{ attemptId: string; resumed: boolean }> {
  const parsed = parseAssessmentId(input.assessmentId);
  if (!parsed) throw new AttemptError("unknown-assessment", `There is no assessment "${input.assessmentId}".`);
  const bank = bankOf(options);
  const { userId, now } = input;
  if (parsed.kind === "exam") await finalizeExpiredFor(db, userId, EXAM_ID, now, options);

  return db.$transaction(async (tx) => {
    // Lock this user's row first: concurrent starts by one user are serialised (both SQLite and PostgreSQL),
    // so the checks below cannot be raced into two open attempts or one attempt too many.
    await tx.user.update({ where: { id: userId }, data: { updatedAt: now } });
    const existing = await tx.attempt.findMany({
      where: { userId, assessmentId: input.assessmentId },
      select: { id: true, status: true, passed: true, submittedAt: true, deadlineAt: true },
      orderBy: { startedAt: "asc" },
    });
    const open = existing.find((a) => a.status === "started" && !expired(a, now));
    if (open) return { attemptId: open.id, resumed: true };

    let deadlineAt: Date | null = null;
    if (parsed.kind === "exam") {
      const config = examOf(options);
      const verdict = examEligibilityFrom(existing, config, now);
      if (!verdict.canStart) {
        if (verdict.reason === "cooldown") {
          throw new AttemptError("cooldown", `The next attempt can start after ${verdict.cooldownUntil}.`, { cooldownUntil: verdict.cooldownUntil });
        }
        if (verdict.reason === "already-passed") throw new AttemptError("already-passed", "You have already passed this exam.");
        throw new AttemptError("max-attempts", `All ${config.maxAttempts} attempts have been used; contact your course provider.`, {
          maxAttempts: config.maxAttempts,
        });
      }
      deadlineAt = new Date(now.getTime() + config.timeLimitMinutes * 60_000);
    }

    const attempt = await tx.attempt.create({
      data: { userId, kind: parsed.kind, assessmentId: input.assessmentId, status: "started", startedAt: now, deadlineAt, content: "{}" },
    });
    // Seeded with the attempt id: the draw can be reproduced from the id.
    let content: AttemptContent;
    try {
      content =
        parsed.kind === "exam" ? drawExam(bank, examOf(options), attempt.id) : drawQuiz(bank, parsed.module, quizOf(options), attempt.id);
    } catch (err) {
      if (err instanceof DrawError) throw new AttemptError("no-items", err.message);
      throw err;
    }
    await tx.attempt.update({ where: { id: attempt.id }, data: { content: JSON.stringify(content) } });
    return { attemptId: attempt.id, resumed: false };
  });
}

// ── read ─────────────────────────────────────────────────────────────────────────────────────────────

async function loadOwned(db: Db | Tx, attemptId: string, userId: string) {
  const row = await db.attempt.findUnique({ where: { id: attemptId }, include: { responses: { select: { itemId: true, answer: true } } } });
  // Someone else's attempt looks exactly like a missing one.
  if (!row || row.userId !== userId) throw new AttemptError("not-found", "No such attempt.");
  return row;
}

/** The attempt as its owner may see it; an attempt past its deadline is graded first. */
export async function getAttemptView(
  db: Db,
  input: { attemptId: string; userId: string; locale: Locale; now: Date },
  options: ServiceOptions = {},
): Promise<AttemptView> {
  let row = await loadOwned(db, input.attemptId, input.userId);
  if (expired(row, input.now)) {
    await finalize(db, { attemptId: row.id, userId: input.userId }, input.now, options, { auto: true });
    row = await loadOwned(db, input.attemptId, input.userId);
  }
  return buildAttemptView(toRecord(row), answersOf(row.responses), bankOf(options), input.locale, input.now);
}

// ── answers ──────────────────────────────────────────────────────────────────────────────────────────

export type SaveResult = { itemId: string; savedAt: string; review?: ItemReview };

export async function saveAnswer(
  db: Db,
  input: { attemptId: string; userId: string; itemId: string; answer: unknown; locale: Locale; now: Date },
  options: ServiceOptions = {},
): Promise<SaveResult> {
  const bank = bankOf(options);
  const row = await loadOwned(db, input.attemptId, input.userId);
  if (row.status !== "started") throw new AttemptError("not-started", "This attempt has already been submitted.");
  if (expired(row, input.now)) {
    await finalize(db, { attemptId: row.id, userId: input.userId }, input.now, options, { auto: true });
    throw new AttemptError("deadline-passed", "The time limit has passed; the attempt was submitted with the answers saved before the deadline.");
  }
  const content = parseContent(row.content);
  const drawn = content.items.find((i) => i.id === input.itemId);
  if (!drawn) throw new AttemptError("not-in-attempt", `Item "${input.itemId}" is not part of this attempt.`);
  const item = bank.items.find((i) => i.id === input.itemId);
  if (!item) throw new AttemptError("not-in-attempt", `Item "${input.itemId}" is no longer in the question bank.`);
  const check = validateAnswer(item, input.answer);
  if (!check.ok) throw new AttemptError("invalid-answer", check.message);
  const isQuiz = row.kind === "quiz";

  await db.$transaction(async (tx) => {
    // Conditional write first: holds the attempt while saving and refuses once it is no longer open.
    const open = await tx.attempt.updateMany({
      where: { id: row.id, status: "started", ...(row.deadlineAt ? { deadlineAt: { gte: input.now } } : {}) },
      data: { status: "started" },
    });
    if (open.count === 0) throw new AttemptError("not-started", "This attempt has already been submitted.");
    const data = { answer: JSON.stringify(check.answer), itemVersion: drawn.version, savedAt: input.now };
    if (isQuiz) {
      // A quiz answer is final once its feedback (with the key) has been shown.
      const had = await tx.attemptResponse.findUnique({ where: { attemptId_itemId: { attemptId: row.id, itemId: item.id } }, select: { id: true } });
      if (had) throw new AttemptError("already-answered", "This question has already been answered; its feedback is shown.");
      await tx.attemptResponse.create({ data: { attemptId: row.id, itemId: item.id, ...data } });
    } else {
      await tx.attemptResponse.upsert({
        where: { attemptId_itemId: { attemptId: row.id, itemId: item.id } },
        create: { attemptId: row.id, itemId: item.id, ...data },
        update: data,
      });
    }
  });
  return {
    itemId: item.id,
    savedAt: input.now.toISOString(),
    ...(isQuiz ? { review: reviewFor(item, check.answer, input.locale) } : {}),
  };
}

// ── submit & grade ───────────────────────────────────────────────────────────────────────────────────

export type GradedSummary = { attemptId: string; score: number; maxScore: number; percent: number; passed: boolean; late: boolean };

/**
 * Submits and grades in one transaction of a handful of statements: the conditional status flip first
 * (the race guard, also checking the owner), then the attempt with its saved answers as they are at that
 * moment, credits per distinct value, and the graded result. Returns null when the attempt was not open
 * (another request got there first, or it is not this user's).
 */
async function finalize(db: Db, ref: { attemptId: string; userId: string }, now: Date, options: ServiceOptions, how: { auto: boolean }): Promise<GradedSummary | null> {
  const bank = bankOf(options);
  return db.$transaction(
    async (tx) => {
      // With SQLite every transaction waits for the one before, and each starts straight from the previous
      // commit without giving the event loop a turn, so under a burst no finished response could be sent
      // until the whole queue was through. One turn here lets them go out as they finish.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const flipped = await tx.attempt.updateMany({ where: { id: ref.attemptId, userId: ref.userId, status: "started" }, data: { status: "submitted", submittedAt: now } });
      if (flipped.count === 0) return null;
      const row = await tx.attempt.findUniqueOrThrow({
        where: { id: ref.attemptId },
        select: { kind: true, assessmentId: true, startedAt: true, deadlineAt: true, content: true, responses: { select: { itemId: true, answer: true, savedAt: true } } },
      });
      const late = row.deadlineAt !== null && now.getTime() > row.deadlineAt.getTime();
      // An attempt past its deadline ends at the deadline: that is its submission time and duration.
      const submittedAt = late ? row.deadlineAt! : now;
      const passPercent = row.kind === "exam" ? examOf(options).passPercent : quizOf(options).passPercent;
      // Only answers saved by the deadline count (saving refuses later ones; this makes it explicit).
      const onTime = row.responses.filter((r) => !row.deadlineAt || r.savedAt.getTime() <= row.deadlineAt.getTime());
      const grade = gradeContent(parseContent(row.content), answersOf(onTime), bank, passPercent);
      const result: StoredResult = { ...grade, passPercent, late, autoSubmitted: how.auto };
      const byCredit = new Map<number, string[]>();
      for (const g of grade.items) if (g.answered) byCredit.set(g.credit, [...(byCredit.get(g.credit) ?? []), g.itemId]);
      for (const [credit, itemIds] of byCredit) {
        await tx.attemptResponse.updateMany({ where: { attemptId: ref.attemptId, itemId: { in: itemIds } }, data: { credit } });
      }
      const graded = await tx.attempt.updateMany({
        where: { id: ref.attemptId, status: "submitted" },
        data: {
          status: "graded",
          submittedAt,
          gradedAt: now,
          score: grade.score,
          maxScore: grade.maxScore,
          percent: grade.percent,
          passed: grade.passed,
          durationSec: Math.max(0, Math.round((submittedAt.getTime() - row.startedAt.getTime()) / 1000)),
          result: JSON.stringify(result),
        },
      });
      if (graded.count !== 1) throw new Error(`attempt ${ref.attemptId} changed while being graded`);
      // Graded results are part of the record behind an authorisation: chain them into the audit log.
      await auditGradedAttempt(tx, {
        id: ref.attemptId,
        userId: ref.userId,
        assessmentId: row.assessmentId,
        score: grade.score,
        maxScore: grade.maxScore,
        percent: grade.percent,
        passed: grade.passed,
        gradedAt: now,
      });
      return { attemptId: ref.attemptId, score: grade.score, maxScore: grade.maxScore, percent: grade.percent, passed: grade.passed, late };
    },
    // Under a burst of submissions (SQLite runs one writer at a time) waiting is better than failing.
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/** Grades every open attempt of this user and assessment whose deadline has passed ("auto-submit on next access"). */
export async function finalizeExpiredFor(db: Db, userId: string, assessmentId: string, now: Date, options: ServiceOptions = {}) {
  const open = await db.attempt.findMany({ where: { userId, assessmentId, status: "started", deadlineAt: { lt: now } }, select: { id: true } });
  for (const a of open) await finalize(db, { attemptId: a.id, userId }, now, options, { auto: true });
}

/**
 * Submits and grades. Exactly one of several concurrent submits grades the attempt; the others get 409.
 * A submission after the deadline is graded with what was saved before it.
 */
export async function submitAttempt(db: Db, input: { attemptId: string; userId: string; now: Date }, options: ServiceOptions = {}): Promise<GradedSummary> {
  const graded = await finalize(db, input, input.now, options, { auto: false });
  if (graded) return graded;
  // Only on refusal: tell a missing (or someone else's) attempt from one already submitted.
  const row = await db.attempt.findUnique({ where: { id: input.attemptId }, select: { userId: true, status: true } });
  if (!row || row.userId !== input.userId) throw new AttemptError("not-found", "No such attempt.");
  throw new AttemptError("not-started", "This attempt has already been submitted.", { status: row.status });
}

// ── summaries ────────────────────────────────────────────────────────────────────────────────────────

export type AttemptSummary = {
  id: string;
  assessmentId: string;
  kind: string;
  status: string;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  percent: number | null;
  passed: boolean | null;
};

export async function listAttempts(db: Db, userId: string, assessmentId?: string): Promise<AttemptSummary[]> {
  const rows = await db.attempt.findMany({
    where: { userId, kind: { in: ["quiz", "exam"] }, ...(assessmentId ? { assessmentId } : {}) },
    orderBy: { startedAt: "desc" },
    select: { id: true, assessmentId: true, kind: true, status: true, startedAt: true, deadlineAt: true, submittedAt: true, percent: true, passed: true },
  });
  return rows.map((r) => ({
    ...r,
    startedAt: r.startedAt.toISOString(),
    deadlineAt: r.deadlineAt?.toISOString() ?? null,
    submittedAt: r.submittedAt?.toISOString() ?? null,
  }));
}

export type QuizBest = { slug: ModuleSlug; bestPercent: number | null; passed: boolean; attempts: number };

/** Best graded score per module quiz (a quiz counts as passed at ≥ its pass mark in any attempt). */
export async function bestQuizScores(db: Db, userId: string): Promise<QuizBest[]> {
  const rows = await db.attempt.groupBy({
    by: ["assessmentId"],
    where: { userId, kind: "quiz", status: "graded" },
    _max: { percent: true },
    _count: { _all: true },
  });
  const passedRows = await db.attempt.findMany({
    where: { userId, kind: "quiz", status: "graded", passed: true },
    select: { assessmentId: true },
    distinct: ["assessmentId"],
  });
  const passed = new Set(passedRows.map((r) => r.assessmentId));
  return MODULE_SLUGS.map((slug) => {
    const row = rows.find((r) => r.assessmentId === quizId(slug));
    return { slug, bestPercent: row?._max.percent ?? null, passed: passed.has(quizId(slug)), attempts: row?._count._all ?? 0 };
  });
}
