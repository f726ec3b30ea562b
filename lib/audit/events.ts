import type { Tx } from "@/lib/db";
import { appendAudit } from "./log";

/**
 * For the quiz, exam and 3D-practical features: call inside the transaction that grades an attempt, so
 * the grade and its audit entry commit together. Records ids and numbers only.
 */
export async function auditGradedAttempt(
  tx: Tx,
  attempt: { id: string; userId: string; assessmentId: string; score: number | null; maxScore: number | null; percent: number | null; passed: boolean | null; gradedAt: Date | null },
) {
  return appendAudit(
    tx,
    {
      type: "attempt.graded",
      actorId: null,
      subjectId: attempt.userId,
      data: { attemptId: attempt.id, assessmentId: attempt.assessmentId, score: attempt.score, maxScore: attempt.maxScore, percent: attempt.percent, passed: attempt.passed },
    },
    attempt.gradedAt ?? new Date(),
  );
}
