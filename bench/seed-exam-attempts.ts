/**
 * Seeding for bench/exam-submit.bench.mjs (not part of the app): creates N participants, each with a
 * started exam attempt drawn by the real attempt service and every question answered through it, in the
 * database given by DATABASE_URL. Prints JSON [{ userId, email, attemptId }] on stdout.
 */
import { createDb } from "@/lib/db";
import { EXAM_ID } from "@/lib/exam/config";
import { loadQuestionBank } from "@/lib/questions/bank";
import { getAttemptView, saveAnswer, startAttempt } from "@/lib/attempts/service";
import type { Item } from "@/lib/questions/schema";

function answer(item: Item, i: number): unknown {
  const right = i % 3 !== 0;
  switch (item.type) {
    case "single":
      return { choice: right ? item.key : item.options.find((o) => o.id !== item.key)!.id };
    case "multiple":
      return { choices: right ? item.key : [item.key[0]!] };
    case "truefalse":
      return { value: right ? item.key : !item.key };
    case "numeric":
      return { value: right ? item.key.value : item.key.value + item.key.tolerance + 1 };
    case "ordering":
      return { order: item.key };
    case "hotspot":
      return { x: 10, y: 10 };
  }
}

async function main() {
  const n = Number(process.argv[2] ?? 200);
  const db = createDb();
  const bank = loadQuestionBank();
  const byId = new Map(bank.items.map((i) => [i.id, i]));
  const now = new Date();
  const out: { userId: string; email: string; attemptId: string }[] = [];
  const tag = Date.now().toString(36);
  for (let k = 0; k < n; k++) {
    const email = `bench-${tag}-${k}@example.test`;
    const user = await db.user.create({ data: { email, name: `Bench ${k}`, passwordHash: "bench-no-sign-in", role: "participant" } });
    const { attemptId } = await startAttempt(db, { userId: user.id, assessmentId: EXAM_ID, now }, { bank });
    const view = await getAttemptView(db, { attemptId, userId: user.id, locale: "nl", now }, { bank });
    for (const [i, v] of view.items.entries()) {
      await saveAnswer(db, { attemptId, userId: user.id, itemId: v.id, answer: answer(byId.get(v.id)!, i + k), locale: "nl", now }, { bank });
    }
    out.push({ userId: user.id, email, attemptId });
  }
  await db.$disconnect();
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
