import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS, freshDb, type TestDb } from "../helpers/db";
import { AttemptError, bestQuizScores, examEligibility, getAttemptView, saveAnswer, startAttempt, submitAttempt, type ServiceOptions } from "@/lib/attempts/service";
import { EXAM_ID } from "@/lib/exam/config";
import { correctAnswer, fixtureBank, FIXTURE_EXAM_CONFIG } from "../fixtures/bank";

const bank = fixtureBank();
const options: ServiceOptions = { bank, exam: FIXTURE_EXAM_CONFIG, quiz: { passPercent: 80, maxItems: 12 } };
const H = 3600_000;

const correct = correctAnswer;
const byId = (id: string) => bank.items.find((i) => i.id === id)!;

async function expectError(p: Promise<unknown>, code: string, status: number) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AttemptError);
  expect((err as AttemptError).code).toBe(code);
  expect((err as AttemptError).status).toBe(status);
}

describe.each(DATABASE_KINDS)("attempts on %s", (kind) => {
  let t: TestDb;
  let n = 0;
  const newUser = async () => (await t.db.user.create({ data: { email: `u${++n}-${kind}@example.test`, name: "U", passwordHash: "x" } })).id;

  beforeAll(async () => {
    t = await freshDb(kind);
  });
  afterAll(async () => t?.cleanup());

  it("exam: started → graded, answers validated, result immutable, item versions stored", async () => {
    const userId = await newUser();
    const t0 = new Date("2026-11-25T10:00:00Z");
    const { attemptId, resumed } = await startAttempt(t.db, { userId, assessmentId: EXAM_ID, now: t0 }, options);
    expect(resumed).toBe(false);
    // a second start while open resumes the same attempt
    expect((await startAttempt(t.db, { userId, assessmentId: EXAM_ID, now: t0 }, options)).attemptId).toBe(attemptId);

    const view = await getAttemptView(t.db, { attemptId, userId, locale: "nl", now: t0 }, options);
    expect(view.status).toBe("started");
    expect(view.items).toHaveLength(10);
    expect(view.deadlineAt).toBe(new Date(t0.getTime() + 45 * 60_000).toISOString());
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/"key"|explanation|FIXTURE-UITLEG|"regions"/);

    const notInAttempt = bank.items.find((i) => !view.items.some((v) => v.id === i.id))!;
    await expectError(saveAnswer(t.db, { attemptId, userId, itemId: notInAttempt.id, answer: correct(notInAttempt), locale: "nl", now: t0 }, options), "not-in-attempt", 400);
    const first = view.items[0]!;
    await expectError(saveAnswer(t.db, { attemptId, userId, itemId: first.id, answer: { nonsense: 1 }, locale: "nl", now: t0 }, options), "invalid-answer", 400);

    // answer 8 of 10 correctly (80 % → pass), one answer changed before submitting
    const ids = view.items.map((i) => i.id);
    for (const id of ids.slice(0, 8)) {
      const r = await saveAnswer(t.db, { attemptId, userId, itemId: id, answer: correct(byId(id)), locale: "nl", now: new Date(t0.getTime() + 60_000) }, options);
      expect(r.review).toBeUndefined(); // no feedback during an exam
    }
    const other = await getAttemptView(t.db, { attemptId, userId: await newUser(), locale: "nl", now: t0 }, options).catch((e: AttemptError) => e.code);
    expect(other).toBe("not-found");
    await expectError(submitAttempt(t.db, { attemptId, userId: await newUser(), now: t0 }, options), "not-found", 404);

    const result = await submitAttempt(t.db, { attemptId, userId, now: new Date(t0.getTime() + 10 * 60_000) }, options);
    expect(result).toMatchObject({ score: 8, maxScore: 10, percent: 80, passed: true, late: false });
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } });
    expect(row).toMatchObject({ status: "graded", passed: true, durationSec: 600 });
    expect(row.responses).toHaveLength(8);
    for (const r of row.responses) {
      expect(r.itemVersion).toMatch(/^[0-9a-f]{16}$/);
      expect(r.credit).toBe(1);
    }

    // immutable: no more answers, no second submit
    await expectError(saveAnswer(t.db, { attemptId, userId, itemId: ids[9]!, answer: correct(byId(ids[9]!)), locale: "nl", now: t0 }, options), "not-started", 409);
    await expectError(submitAttempt(t.db, { attemptId, userId, now: t0 }, options), "not-started", 409);
    const after = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(after.result).toBe(row.result);

    const review = await getAttemptView(t.db, { attemptId, userId, locale: "en", now: t0 }, options);
    expect(review.result).toMatchObject({ percent: 80, passed: true, passPercent: 80 });
    expect(review.items.every((i) => i.review && i.review.explanation.startsWith("FIXTURE-EXPLANATION"))).toBe(true);

    // passed: no new attempt
    await expectError(startAttempt(t.db, { userId, assessmentId: EXAM_ID, now: t0 }, options), "already-passed", 409);

    // the graded result is chained into the audit log, once
    const audited = await t.db.auditEntry.findMany({ where: { type: "attempt.graded", subjectId: userId } });
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0]!.data)).toMatchObject({ attemptId, assessmentId: EXAM_ID, percent: 80, passed: true });
  });

  it("N concurrent submits of one attempt → exactly one graded result, the rest 409", async () => {
    const userId = await newUser();
    const now = new Date("2026-11-25T10:00:00Z");
    const { attemptId } = await startAttempt(t.db, { userId, assessmentId: EXAM_ID, now }, options);
    const view = await getAttemptView(t.db, { attemptId, userId, locale: "nl", now }, options);
    for (const item of view.items.slice(0, 5)) {
      await saveAnswer(t.db, { attemptId, userId, itemId: item.id, answer: correct(byId(item.id)), locale: "nl", now }, options);
    }
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => submitAttempt(t.db, { attemptId, userId, now }, options)));
    const ok = outcomes.filter((o) => o.status === "fulfilled");
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(rejected).toHaveLength(11);
    for (const r of rejected) expect((r.reason as AttemptError).status).toBe(409);
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } });
    expect(row).toMatchObject({ status: "graded", score: 5, percent: 50, passed: false });
  });

  it("time limit on the server: late answers refused (410), the attempt graded with what was saved before the deadline", async () => {
    const userId = await newUser();
    const t0 = new Date("2026-11-25T10:00:00Z");
    const { attemptId } = await startAttempt(t.db, { userId, assessmentId: EXAM_ID, now: t0 }, options);
    const view = await getAttemptView(t.db, { attemptId, userId, locale: "nl", now: t0 }, options);
    const [a, b] = view.items;
    await saveAnswer(t.db, { attemptId, userId, itemId: a!.id, answer: correct(byId(a!.id)), locale: "nl", now: new Date(t0.getTime() + 44 * 60_000) }, options);
    const late = new Date(t0.getTime() + 46 * 60_000);
    await expectError(saveAnswer(t.db, { attemptId, userId, itemId: b!.id, answer: correct(byId(b!.id)), locale: "nl", now: late }, options), "deadline-passed", 410);
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ status: "graded", score: 1, durationSec: 45 * 60 });
    expect(JSON.parse(row.result!)).toMatchObject({ late: true, autoSubmitted: true });
  });

  it("late submit and auto-submit on next access", async () => {
    const userId = await newUser();
    const t0 = new Date("2026-11-25T10:00:00Z");
    const { attemptId } = await startAttempt(t.db, { userId, assessmentId: EXAM_ID, now: t0 }, options);
    const r = await submitAttempt(t.db, { attemptId, userId, now: new Date(t0.getTime() + 50 * 60_000) }, options);
    expect(r).toMatchObject({ late: true, score: 0 });
    const user2 = await newUser();
    const second = await startAttempt(t.db, { userId: user2, assessmentId: EXAM_ID, now: t0 }, options);
    const view = await getAttemptView(t.db, { attemptId: second.attemptId, userId: user2, locale: "nl", now: new Date(t0.getTime() + 2 * H) }, options);
    expect(view.status).toBe("graded");
    expect(view.result).toMatchObject({ autoSubmitted: true, late: true });
  });

  it("cool-down of 24 h after a fail, at most 3 attempts", async () => {
    const userId = await newUser();
    let now = new Date("2026-11-25T10:00:00Z");
    for (let i = 1; i <= 3; i++) {
      const { attemptId } = await startAttempt(t.db, { userId, assessmentId: EXAM_ID, now }, options);
      await submitAttempt(t.db, { attemptId, userId, now }, options);
      const e = await examEligibility(t.db, userId, now, options);
      expect(e.attemptsUsed).toBe(i);
      if (i < 3) {
        expect(e).toMatchObject({ canStart: false, reason: "cooldown" });
        await expectError(startAttempt(t.db, { userId, assessmentId: EXAM_ID, now: new Date(now.getTime() + 23 * H) }, options), "cooldown", 409);
        now = new Date(now.getTime() + 24 * H + 1000);
        expect((await examEligibility(t.db, userId, now, options)).canStart).toBe(true);
      } else {
        expect(e).toMatchObject({ canStart: false, reason: "max-attempts", attemptsLeft: 0 });
      }
    }
    await expectError(startAttempt(t.db, { userId, assessmentId: EXAM_ID, now: new Date(now.getTime() + 100 * H) }, options), "max-attempts", 409);
  });

  it("concurrent starts by one user open one attempt", async () => {
    const userId = await newUser();
    const now = new Date("2026-11-25T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 6 }, () => startAttempt(t.db, { userId, assessmentId: EXAM_ID, now }, options)));
    expect(new Set(results.map((r) => r.attemptId)).size).toBe(1);
    expect(await t.db.attempt.count({ where: { userId } })).toBe(1);
  });

  it("quiz: feedback with explanation only after answering, answers locked, unlimited attempts, best score kept", async () => {
    const userId = await newUser();
    const now = new Date("2026-11-25T10:00:00Z");
    const slug = "m6-preventing-pneumothorax";
    const scores: number[] = [];
    for (const goodAnswers of [6, 3, 5]) {
      const { attemptId } = await startAttempt(t.db, { userId, assessmentId: `quiz:${slug}`, now }, options);
      const view = await getAttemptView(t.db, { attemptId, userId, locale: "nl", now }, options);
      expect(view.deadlineAt).toBeNull();
      expect(JSON.stringify(view)).not.toMatch(/FIXTURE-UITLEG/);
      for (const [i, item] of view.items.entries()) {
        const full = byId(item.id);
        const answer = i < goodAnswers ? correct(full) : full.type === "truefalse" ? { value: !full.key } : full.type === "numeric" ? { value: 99 } : full.type === "hotspot" ? { x: 1, y: 1 } : full.type === "ordering" ? { order: [...full.key].reverse() } : full.type === "multiple" ? { choices: [] } : { choice: full.options.find((o) => o.id !== full.key)!.id };
        const saved = await saveAnswer(t.db, { attemptId, userId, itemId: item.id, answer, locale: "nl", now }, options);
        expect(saved.review?.explanation).toMatch(/^FIXTURE-UITLEG/);
        expect(saved.review?.correct).toBe(i < goodAnswers);
        await expectError(saveAnswer(t.db, { attemptId, userId, itemId: item.id, answer, locale: "nl", now }, options), "already-answered", 409);
      }
      const again = await getAttemptView(t.db, { attemptId, userId, locale: "nl", now }, options);
      expect(again.items.every((i) => i.review)).toBe(true);
      scores.push((await submitAttempt(t.db, { attemptId, userId, now }, options)).percent);
    }
    expect(scores).toEqual([100, 50, 83.3]);
    const best = (await bestQuizScores(t.db, userId)).find((b) => b.slug === slug)!;
    expect(best).toMatchObject({ bestPercent: 100, passed: true, attempts: 3 });
  });

  it("unknown assessments are refused", async () => {
    const userId = await newUser();
    await expectError(startAttempt(t.db, { userId, assessmentId: "quiz:nope", now: new Date() }, options), "unknown-assessment", 404);
    await expectError(startAttempt(t.db, { userId, assessmentId: "quiz:m1-dry-needling-and-risks", now: new Date() }, options), "no-items", 404);
  });
});
