import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { PRACTICAL_ID } from "@/lib/practical/scoring";
import { getPractical, listPracticals, PracticalError, practicalScenarios, saveResponse, startPractical, submitPractical } from "@/lib/practical/service";
import type { Submission } from "@/lib/scenarios/schema";
import { DATABASE_KINDS, freshDb, type TestDb } from "../helpers/db";

async function makeUser(db: Db, email: string) {
  return db.user.create({ data: { email, name: email, passwordHash: "x", role: "participant" } });
}

async function expectPracticalError(p: Promise<unknown>, status: number, code: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PracticalError);
  expect((err as PracticalError).status).toBe(status);
  expect((err as PracticalError).code).toBe(code);
}

describe.each(DATABASE_KINDS)("practical assessment records on %s", (kind) => {
  let t: TestDb;
  const scenarios = practicalScenarios();
  beforeAll(async () => {
    t = await freshDb(kind);
  });
  afterAll(async () => t?.cleanup());

  it("starts an attempt with the practical's scenarios and resumes it instead of starting a second", async () => {
    const user = await makeUser(t.db, "start@example.test");
    const first = await startPractical(t.db, user.id);
    expect(first.resumed).toBe(false);
    expect(first.attempt.status).toBe("started");
    expect(first.attempt.scenarios.map((s) => s.id)).toEqual(scenarios.map((s) => s.id));
    // no answer key reaches the client
    expect(JSON.stringify(first.attempt)).not.toMatch(/"reference"|"success"|"debrief"/);
    const again = await startPractical(t.db, user.id);
    expect(again.resumed).toBe(true);
    expect(again.attempt.id).toBe(first.attempt.id);
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: first.attempt.id } });
    expect(row).toMatchObject({ kind: "practical", assessmentId: PRACTICAL_ID, status: "started" });
    expect(row.deadlineAt!.getTime()).toBeGreaterThan(row.startedAt.getTime());
  });

  it("saves answers, grades them on the server on submit, and then refuses any change", async () => {
    const user = await makeUser(t.db, "grade@example.test");
    const { attempt } = await startPractical(t.db, user.id);
    for (const s of scenarios) await saveResponse(t.db, user.id, attempt.id, s.id, s.reference);
    // replacing an answer keeps one response per scenario
    await saveResponse(t.db, user.id, attempt.id, scenarios[0]!.id, scenarios[0]!.reference);
    expect(await t.db.attemptResponse.count({ where: { attemptId: attempt.id } })).toBe(scenarios.length);

    const graded = await submitPractical(t.db, user.id, attempt.id);
    expect(graded.status).toBe("graded");
    expect(graded.result).toMatchObject({ percent: 100, passed: true, criticalSafe: true });
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row).toMatchObject({ status: "graded", score: scenarios.length, maxScore: scenarios.length, percent: 100, passed: true });
    expect(row.submittedAt).not.toBeNull();
    expect(row.gradedAt).not.toBeNull();
    const audited = await t.db.auditEntry.findMany({ where: { type: "attempt.graded", subjectId: user.id } });
    expect(audited.map((a) => JSON.parse(a.data).attemptId)).toEqual([attempt.id]);
    const credits = await t.db.attemptResponse.findMany({ where: { attemptId: attempt.id } });
    expect(credits.every((c) => c.credit === 1)).toBe(true);
    expect(credits.every((c) => /^[0-9a-f]{16}$/.test(c.itemVersion))).toBe(true);

    await expectPracticalError(submitPractical(t.db, user.id, attempt.id), 409, "already_submitted");
    await expectPracticalError(saveResponse(t.db, user.id, attempt.id, scenarios[0]!.id, { action: "decline", reason: "other" }), 409, "not_open");
    const after = await t.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(after.result).toBe(row.result);
    expect(after.gradedAt?.getTime()).toBe(row.gradedAt?.getTime());
    // a new start after a graded attempt is a new attempt
    const next = await startPractical(t.db, user.id);
    expect(next.attempt.id).not.toBe(attempt.id);
  });

  it("never trusts the client: an unsafe trajectory is graded unsafe whatever the client thought", async () => {
    const user = await makeUser(t.db, "unsafe@example.test");
    const { attempt } = await startPractical(t.db, user.id);
    const target = scenarios.find((s) => s.success.action === "needle")!;
    const unsafe: Submission = {
      action: "needle",
      trajectory: { technique: "other", entry: { level: "T6", side: "left", lateralMm: 55, offsetMm: 10 }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: 50, needleLengthMm: 50 },
      adjustments: {},
    };
    const responses = scenarios.map((s) => ({ scenarioId: s.id, submission: s.id === target.id ? unsafe : s.reference }));
    const graded = await submitPractical(t.db, user.id, attempt.id, responses);
    expect(graded.result?.criticalSafe).toBe(false);
    expect(graded.result?.passed).toBe(false);
    const r = graded.result!.scenarios.find((x) => x.scenarioId === target.id)!;
    expect(r).toMatchObject({ unsafe: true, credit: 0 });
    expect(r.evaluation?.verdict).toBe("unsafe");
  });

  it("gives exactly one graded result to concurrent submits; the others get 409", async () => {
    const user = await makeUser(t.db, "race@example.test");
    const { attempt } = await startPractical(t.db, user.id);
    for (const s of scenarios) await saveResponse(t.db, user.id, attempt.id, s.id, s.reference);
    // PostgreSQL: two more connections, as if several server processes received the submits. SQLite:
    // one process holds one connection (better-sqlite3 waits for locks synchronously, so several
    // connections inside one test process would only block each other's event loop).
    const others = kind === "postgres" ? [createDb(t.url), createDb(t.url)] : [];
    try {
      const clients = [t.db, ...others, t.db, ...others, t.db];
      const outcomes = await Promise.allSettled(clients.map((db) => submitPractical(db, user.id, attempt.id)));
      const ok = outcomes.filter((o) => o.status === "fulfilled");
      const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
      expect(ok).toHaveLength(1);
      expect(rejected).toHaveLength(clients.length - 1);
      for (const r of rejected) {
        expect(r.reason).toBeInstanceOf(PracticalError);
        expect((r.reason as PracticalError).status).toBe(409);
      }
      const row = await t.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
      expect(row.status).toBe("graded");
      expect(row.percent).toBe(100);
    } finally {
      await Promise.all(others.map((db) => db.$disconnect()));
    }
  });

  it("a save racing a submit either lands before grading or is refused — never after", async () => {
    const user = await makeUser(t.db, "save-race@example.test");
    const { attempt } = await startPractical(t.db, user.id);
    const s0 = scenarios[0]!;
    const [save, submit] = await Promise.allSettled([
      saveResponse(t.db, user.id, attempt.id, s0.id, s0.reference),
      submitPractical(t.db, user.id, attempt.id),
    ]);
    expect(submit.status).toBe("fulfilled");
    const graded = await getPractical(t.db, user.id, attempt.id);
    const credited = graded.result!.scenarios.find((r) => r.scenarioId === s0.id)!;
    if (save.status === "fulfilled") expect(credited.answered).toBe(true);
    else {
      expect((save.reason as PracticalError).status).toBe(409);
      expect(credited.answered).toBe(false);
    }
  });

  it("grades an attempt left 'submitted' by an interrupted request when it is next read", async () => {
    const user = await makeUser(t.db, "crash@example.test");
    const { attempt } = await startPractical(t.db, user.id);
    for (const s of scenarios) await saveResponse(t.db, user.id, attempt.id, s.id, s.reference);
    await t.db.attempt.update({ where: { id: attempt.id }, data: { status: "submitted", submittedAt: new Date() } });
    const view = await getPractical(t.db, user.id, attempt.id);
    expect(view.status).toBe("graded");
    expect(view.result?.passed).toBe(true);
  });

  it("grades an expired attempt on what was saved before the deadline", async () => {
    const user = await makeUser(t.db, "late@example.test");
    const start = new Date("2026-01-01T10:00:00Z");
    const { attempt } = await startPractical(t.db, user.id, start);
    await saveResponse(t.db, user.id, attempt.id, scenarios[0]!.id, scenarios[0]!.reference, new Date("2026-01-01T10:05:00Z"));
    const late = new Date("2026-01-01T12:00:00Z");
    await expectPracticalError(saveResponse(t.db, user.id, attempt.id, scenarios[1]!.id, scenarios[1]!.reference, late), 409, "deadline_passed");
    const view = await getPractical(t.db, user.id, attempt.id, late);
    expect(view.status).toBe("graded");
    expect(view.result!.scenarios.filter((r) => r.answered).map((r) => r.scenarioId)).toEqual([scenarios[0]!.id]);
    expect(view.result!.passed).toBe(false);
  });

  it("keeps attempts private and validates scenario ids", async () => {
    const owner = await makeUser(t.db, "owner@example.test");
    const stranger = await makeUser(t.db, "stranger@example.test");
    const { attempt } = await startPractical(t.db, owner.id);
    await expectPracticalError(getPractical(t.db, stranger.id, attempt.id), 404, "not_found");
    await expectPracticalError(saveResponse(t.db, stranger.id, attempt.id, scenarios[0]!.id, scenarios[0]!.reference), 404, "not_found");
    await expectPracticalError(submitPractical(t.db, stranger.id, attempt.id), 404, "not_found");
    await expectPracticalError(saveResponse(t.db, owner.id, attempt.id, "multifidus-t6-paravertebral", { action: "decline", reason: "other" }), 404, "unknown_scenario");
    // a needle that points out of the body cannot be evaluated: refused with a clear 400, nothing saved
    const outward: Submission = {
      action: "needle",
      trajectory: { technique: "other", entry: { level: "T6", side: "left", lateralMm: 30, offsetMm: 0 }, direction: { ventral: -1, medial: 0, caudal: 0 }, depthMm: 10, needleLengthMm: 30 },
      adjustments: {},
    };
    await expectPracticalError(saveResponse(t.db, owner.id, attempt.id, scenarios[0]!.id, outward), 400, "invalid_trajectory");
    expect(await t.db.attemptResponse.count({ where: { attemptId: attempt.id } })).toBe(0);
    expect((await listPracticals(t.db, stranger.id)).length).toBe(0);
    expect((await listPracticals(t.db, owner.id)).map((a) => a.id)).toContain(attempt.id);
  });
});
