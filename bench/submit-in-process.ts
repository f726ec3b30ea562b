/**
 * Part of bench/exam-submit.bench.mjs (not part of the app): the same concurrent burst of submissions as the
 * HTTP benchmark, but calling the attempt service directly in one process (no Next.js, no HTTP, no session
 * decoding), so the benchmark can say how much of the latency is the database and grading and how much the
 * web framework. Reads the seeded attempts as JSON on stdin; prints JSON on stdout.
 */
import { performance } from "node:perf_hooks";
import { submitAttempt } from "@/lib/attempts/service";
import { createDb } from "@/lib/db";
import { loadQuestionBank } from "@/lib/questions/bank";

async function main() {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const seeded = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { userId: string; attemptId: string }[];
  const warmup = Number(process.argv[2] ?? 10);
  const db = createDb();
  const bank = loadQuestionBank();
  const now = new Date();
  for (const s of seeded.slice(0, warmup)) await submitAttempt(db, { attemptId: s.attemptId, userId: s.userId, now }, { bank });
  const run = seeded.slice(warmup);
  const t0 = performance.now();
  const latencies = await Promise.all(
    run.map(async (s) => {
      const start = performance.now();
      await submitAttempt(db, { attemptId: s.attemptId, userId: s.userId, now }, { bank });
      return performance.now() - start;
    }),
  );
  const wallMs = performance.now() - t0;
  await db.$disconnect();
  process.stdout.write(JSON.stringify({ n: run.length, wallMs, latencies }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
