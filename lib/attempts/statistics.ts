/**
 * Loads graded attempts for the provider/admin statistics: cohort results and item statistics.
 * A cohort is the calendar month in which attempts were submitted (the shared schema has no course
 * groups yet); every cohort also counts towards the overall figures.
 */
import type { Db } from "@/lib/db";
import { loadQuestionBank, type QuestionBank } from "@/lib/questions/bank";
import type { Locale } from "@/lib/questions/schema";
import { itemStatistics, summariseResults, type CohortSummary, type GradedAttemptData, type ItemStatistics } from "@/lib/exam/statistics";
import { parseContent, type GradedItem } from "@/lib/exam/grade";
import type { Answer } from "@/lib/exam/scoring";

export type AssessmentStatistics = {
  assessmentId: string;
  overall: CohortSummary;
  cohorts: { cohort: string; summary: CohortSummary }[];
  items: (ItemStatistics & { stem: string | null; options: { id: string; text: string }[] })[];
};

export async function assessmentStatistics(
  db: Db,
  assessmentId: string,
  locale: Locale,
  bank: QuestionBank = loadQuestionBank(),
): Promise<AssessmentStatistics> {
  const rows = await db.attempt.findMany({
    where: { assessmentId, status: "graded" },
    select: { id: true, userId: true, submittedAt: true, score: true, maxScore: true, percent: true, passed: true, content: true, result: true, responses: { select: { itemId: true, answer: true, credit: true } } },
    orderBy: { submittedAt: "asc" },
  });
  const results = rows.map((r) => ({ userId: r.userId, percent: r.percent ?? 0, passed: r.passed ?? false, month: (r.submittedAt ?? new Date(0)).toISOString().slice(0, 7) }));
  const months = [...new Set(results.map((r) => r.month))].sort();
  const data: GradedAttemptData[] = rows.map((r) => {
    const graded = r.result ? ((JSON.parse(r.result) as { items?: GradedItem[] }).items ?? []) : [];
    const answers = new Map(r.responses.map((x) => [x.itemId, JSON.parse(x.answer) as Answer]));
    const presented = graded.length ? graded.filter((g) => g.scored) : parseContent(r.content).items.map((i) => ({ itemId: i.id, credit: 0 }));
    return {
      attemptId: r.id,
      score: r.score ?? 0,
      maxScore: r.maxScore ?? 0,
      responses: presented.map((g) => ({ itemId: g.itemId, credit: g.credit, answer: answers.get(g.itemId) ?? null })),
    };
  });
  const byId = new Map(bank.items.map((i) => [i.id, i]));
  return {
    assessmentId,
    overall: summariseResults(results),
    cohorts: months.map((cohort) => ({ cohort, summary: summariseResults(results.filter((r) => r.month === cohort)) })),
    items: itemStatistics(data, bank.items).map((s) => {
      const item = byId.get(s.itemId);
      return {
        ...s,
        stem: item ? item.stem[locale] : null,
        options: item && "options" in item ? item.options.map((o) => ({ id: o.id, text: o.text[locale] })) : [],
      };
    }),
  };
}

/** Graded attempts per assessment, for the overview. */
export async function assessmentOverview(db: Db): Promise<{ assessmentId: string; attempts: number; passed: number }[]> {
  const all = await db.attempt.groupBy({ by: ["assessmentId"], where: { status: "graded", kind: { in: ["quiz", "exam"] } }, _count: { _all: true } });
  const passed = await db.attempt.groupBy({ by: ["assessmentId"], where: { status: "graded", kind: { in: ["quiz", "exam"] }, passed: true }, _count: { _all: true } });
  return all
    .map((a) => ({ assessmentId: a.assessmentId, attempts: a._count._all, passed: passed.find((p) => p.assessmentId === a.assessmentId)?._count._all ?? 0 }))
    .sort((a, b) => a.assessmentId.localeCompare(b.assessmentId));
}
