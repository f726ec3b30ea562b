/**
 * Demo cohort for the statistics pages: a dozen made-up participants who took module quizzes and the
 * theory exam through the real attempt service (start, save, submit), answering with a simple ability
 * model, spread over two months and enrolled alternately in the given cohorts (the earlier takers in the
 * first). Idempotent (keyed on the first cohort account); never touches the demo participant's own
 * record, so a fresh demo account still starts empty.
 */
import type { Db } from "@/lib/db";
import { EXAM_ID, quizId } from "@/lib/exam/config";
import { rngFor, type Rng } from "@/lib/exam/random";
import { loadQuestionBank, type QuestionBank } from "@/lib/questions/bank";
import type { Item } from "@/lib/questions/schema";
import { getAttemptView, saveAnswer, startAttempt, submitAttempt, type ServiceOptions } from "./service";

export const DEMO_COHORT_SIZE = 12;
const cohortEmail = (n: number) => `cohort-${String(n).padStart(2, "0")}@naaldwijzer.test`;

function answerFor(item: Item, right: boolean, rng: Rng): unknown {
  switch (item.type) {
    case "single": {
      if (right) return { choice: item.key };
      const wrong = item.options.filter((o) => o.id !== item.key);
      // wrong answers cluster on the first distractor, so some distractors barely work (as in real data)
      return { choice: (rng() < 0.7 ? wrong[0] : wrong[Math.floor(rng() * wrong.length)])!.id };
    }
    case "multiple":
      return right ? { choices: item.key } : { choices: item.key.slice(0, 1).concat(item.options.filter((o) => !item.key.includes(o.id)).slice(0, 1).map((o) => o.id)) };
    case "truefalse":
      return { value: right ? item.key : !item.key };
    case "numeric":
      return { value: right ? item.key.value : item.key.value + item.key.tolerance + 1 + Math.round(rng() * 5) };
    case "ordering":
      return { order: right ? item.key : [...item.key.slice(1), item.key[0]!] };
    case "hotspot": {
      const r = item.regions.find((x) => item.key.includes(x.id))!;
      const centre = r.shape === "circle" ? { x: r.cx, y: r.cy } : { x: r.x + r.w / 2, y: r.y + r.h / 2 };
      return right ? centre : { x: centre.x < 200 ? 390 : 10, y: centre.y < 250 ? 490 : 10 };
    }
  }
}

async function takeAttempt(db: Db, userId: string, assessmentId: string, ability: number, at: Date, rng: Rng, options: ServiceOptions & { bank: QuestionBank }) {
  const { attemptId } = await startAttempt(db, { userId, assessmentId, now: at }, options);
  const view = await getAttemptView(db, { attemptId, userId, locale: "nl", now: at }, options);
  const byId = new Map(options.bank.items.map((i) => [i.id, i]));
  for (const v of view.items) {
    const item = byId.get(v.id)!;
    const p = 1 / (1 + Math.exp(-(ability - (item.difficulty - 2))));
    if (rng() < 0.03) continue; // now and then a question is skipped
    await saveAnswer(db, { attemptId, userId, itemId: item.id, answer: answerFor(item, rng() < p, rng), locale: "nl", now: at }, options);
  }
  return submitAttempt(db, { attemptId, userId, now: new Date(at.getTime() + (15 + Math.floor(rng() * 25)) * 60_000) }, options);
}

export async function seedExamDemoData(
  db: Db,
  passwordHash: string,
  now = new Date(),
  bank: QuestionBank = loadQuestionBank(),
  cohortIds: readonly string[] = [],
): Promise<{ seeded: boolean }> {
  if (await db.user.findUnique({ where: { email: cohortEmail(1) } })) return { seeded: false };
  const options = { bank };
  const rng = rngFor("naaldwijzer-demo-cohort");
  const day = 24 * 3600_000;
  for (let n = 1; n <= DEMO_COHORT_SIZE; n++) {
    const user = await db.user.create({ data: { email: cohortEmail(n), name: `Demo cohort ${n}`, passwordHash, role: "participant" } });
    const ability = -0.5 + (n / DEMO_COHORT_SIZE) * 3.5; // from shaky to strong
    const start = new Date(now.getTime() - (n % 2 ? 45 : 15) * day);
    const cohortId = cohortIds.length ? cohortIds[(n + 1) % 2 % cohortIds.length] : undefined;
    if (cohortId) await db.enrolment.create({ data: { cohortId, userId: user.id, via: "instructor", enrolledAt: new Date(start.getTime() - 10 * day) } });
    for (const slug of ["m6-preventing-pneumothorax", "m7-thoracic-techniques"] as const) {
      await takeAttempt(db, user.id, quizId(slug), ability + 0.5, start, rng, options);
    }
    let at = new Date(start.getTime() + day);
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await takeAttempt(db, user.id, EXAM_ID, ability + attempt * 0.5, at, rng, options);
      if (result.passed) break;
      at = new Date(at.getTime() + 2 * day);
    }
  }
  return { seeded: true };
}
