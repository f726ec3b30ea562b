import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS, freshDb, type TestDb } from "../helpers/db";
import { correctAnswer, fixtureBank, FIXTURE_EXAM_CONFIG } from "../fixtures/bank";
import { getAttemptView, saveAnswer, startAttempt, submitAttempt, type ServiceOptions } from "@/lib/attempts/service";
import { assessmentOverview, assessmentStatistics, StatisticsError, statisticsScopeFor, type StatisticsScope } from "@/lib/attempts/statistics";
import { EXAM_ID } from "@/lib/exam/config";

const bank = fixtureBank();
const options: ServiceOptions = { bank, exam: FIXTURE_EXAM_CONFIG, quiz: { passPercent: 80, maxItems: 12 } };
const t0 = new Date("2026-11-25T10:00:00Z");

describe.each(DATABASE_KINDS)("statistics by cohort on %s", (kind) => {
  let t: TestDb;
  let n = 0;
  // two providers, each with a course; A has two cohorts, B one
  const ids = { orgA: "", orgB: "", a1: "", a2: "", b1: "" };
  const people: Record<string, string> = {};

  /** Takes the 10-item fixture exam through the real service with `right` correct answers. */
  async function takeExam(userId: string, right: number) {
    const { attemptId } = await startAttempt(t.db, { userId, assessmentId: EXAM_ID, now: t0 }, options);
    const view = await getAttemptView(t.db, { attemptId, userId, locale: "nl", now: t0 }, options);
    for (const v of view.items.slice(0, right)) {
      await saveAnswer(t.db, { attemptId, userId, itemId: v.id, answer: correctAnswer(bank.items.find((i) => i.id === v.id)!), locale: "nl", now: t0 }, options);
    }
    return submitAttempt(t.db, { attemptId, userId, now: new Date(t0.getTime() + 60_000) }, options);
  }

  async function cohort(organisationId: string, name: string, startsOn: string) {
    const course = await t.db.course.create({ data: { organisationId, title: `Course ${name}`, accreditationPoints: 10, hours: 12, register: "KRF" } });
    const c = await t.db.cohort.create({ data: { courseId: course.id, name, startsOn: new Date(startsOn), endsOn: new Date("2027-06-01"), inviteCode: `CODE${++n}XYZ`.slice(0, 8) } });
    return c.id;
  }

  async function participant(label: string, cohorts: string[]) {
    const user = await t.db.user.create({ data: { email: `${label}-${kind}@example.test`, name: label, passwordHash: "x" } });
    for (const cohortId of cohorts) await t.db.enrolment.create({ data: { cohortId, userId: user.id, via: "code" } });
    people[label] = user.id;
    return user.id;
  }

  beforeAll(async () => {
    t = await freshDb(kind);
    ids.orgA = (await t.db.organisation.create({ data: { name: "A", accredited: true } })).id;
    ids.orgB = (await t.db.organisation.create({ data: { name: "B", accredited: true } })).id;
    ids.a1 = await cohort(ids.orgA, "A spring", "2026-03-01");
    ids.a2 = await cohort(ids.orgA, "A autumn", "2026-09-01");
    ids.b1 = await cohort(ids.orgB, "B autumn", "2026-09-01");
    // p1, p2 in A spring; p3 in A autumn; p4 in both A cohorts; q1 in B; loner in no cohort
    await takeExam(await participant("p1", [ids.a1]), 10); // 100 %
    await takeExam(await participant("p2", [ids.a1]), 6); // 60 %
    await takeExam(await participant("p3", [ids.a2]), 8); // 80 %
    await takeExam(await participant("p4", [ids.a1, ids.a2]), 9); // 90 %
    await takeExam(await participant("q1", [ids.b1]), 4); // 40 %
    await takeExam(await participant("loner", []), 7); // 70 %
  }, 120_000);
  afterAll(async () => t?.cleanup());

  const providerA: StatisticsScope = { kind: "organisation", organisationId: "" };
  const scopeA = () => ({ ...providerA, organisationId: ids.orgA });

  it("a provider sees only the participants of their own organisation's cohorts, grouped by cohort", async () => {
    const s = await assessmentStatistics(t.db, EXAM_ID, "nl", { scope: scopeA() }, bank);
    expect(s.cohort).toBeNull();
    expect(s.overall).toMatchObject({ attempts: 4, participants: 4, passed: 3, meanPercent: 82.5 });
    // newest cohort first; p4 counts in both
    expect(s.cohorts.map((c) => [c.name, c.enrolled, c.summary.attempts, c.summary.meanPercent])).toEqual([
      ["A autumn", 2, 2, 85],
      ["A spring", 3, 3, (100 + 60 + 90) / 3],
    ]);
    expect(s.cohorts.every((c) => c.cohortId !== null)).toBe(true);
    // item statistics rest on the same four attempts
    expect(Math.max(...s.items.map((i) => i.n))).toBeLessThanOrEqual(4);
    expect(s.items.some((i) => i.n === 4)).toBe(true);
    // nothing of B's participant or the loner leaks into A's view
    expect(JSON.stringify(s)).not.toContain(people.q1);
  });

  it("narrows summary, cohort table and item statistics to one cohort", async () => {
    const s = await assessmentStatistics(t.db, EXAM_ID, "en", { scope: scopeA(), cohortId: ids.a2 }, bank);
    expect(s.cohort).toMatchObject({ id: ids.a2, name: "A autumn", courseTitle: "Course A autumn", enrolled: 2 });
    expect(s.overall).toMatchObject({ attempts: 2, participants: 2, meanPercent: 85 });
    expect(s.cohorts).toHaveLength(1);
    expect(Math.max(...s.items.map((i) => i.n))).toBe(2);
    const overview = await assessmentOverview(t.db, { scope: scopeA(), cohortId: ids.a2 });
    expect(overview).toEqual([{ assessmentId: EXAM_ID, attempts: 2, passed: 2 }]);
  });

  it("another provider's cohort, or an unknown one, is not found", async () => {
    for (const cohortId of [ids.b1, "no-such-cohort"]) {
      const err = await assessmentStatistics(t.db, EXAM_ID, "nl", { scope: scopeA(), cohortId }, bank).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StatisticsError);
      expect((err as StatisticsError).status).toBe(404);
      await expect(assessmentOverview(t.db, { scope: scopeA(), cohortId })).rejects.toBeInstanceOf(StatisticsError);
    }
  });

  it("an admin sees everyone: every cohort plus the participants in none", async () => {
    const scope = statisticsScopeFor({ role: "admin", organisationId: null });
    const s = await assessmentStatistics(t.db, EXAM_ID, "nl", { scope }, bank);
    expect(s.overall).toMatchObject({ attempts: 6, participants: 6 });
    const rows = Object.fromEntries(s.cohorts.map((c) => [c.name ?? "none", c.summary.attempts]));
    expect(rows).toEqual({ "A autumn": 2, "B autumn": 1, "A spring": 3, none: 1 });
    expect(s.cohorts.at(-1)).toMatchObject({ cohortId: null, name: null, summary: { meanPercent: 70 } });
    // an admin may narrow to any organisation's cohort
    const b = await assessmentStatistics(t.db, EXAM_ID, "nl", { scope, cohortId: ids.b1 }, bank);
    expect(b.overall).toMatchObject({ attempts: 1, meanPercent: 40 });
    expect(await assessmentOverview(t.db, { scope })).toEqual([{ assessmentId: EXAM_ID, attempts: 6, passed: 3 }]);
  });

  it("a provider without an organisation sees nothing", async () => {
    const scope = statisticsScopeFor({ role: "provider", organisationId: null });
    const s = await assessmentStatistics(t.db, EXAM_ID, "nl", { scope }, bank);
    expect(s.overall.attempts).toBe(0);
    expect(s.cohorts).toEqual([]);
    expect(await assessmentOverview(t.db, { scope })).toEqual([]);
  });
});
