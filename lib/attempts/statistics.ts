/**
 * Loads graded attempts for the provider/admin statistics: results per cohort and item statistics.
 *
 * Who sees what: an admin sees every graded attempt, grouped by every cohort plus the participants who
 * are in no cohort; a provider sees only the participants enrolled in cohorts of their own
 * organisation's courses, grouped by those cohorts. Either can narrow everything (summary, histogram,
 * item statistics) to one cohort in their scope.
 */
import type { Db, Prisma } from "@/lib/db";
import { loadQuestionBank, type QuestionBank } from "@/lib/questions/bank";
import type { Locale } from "@/lib/questions/schema";
import { itemStatistics, summariseByCohort, summariseResults, type CohortSummary, type GradedAttemptData, type ItemStatistics } from "@/lib/exam/statistics";
import { parseContent, type GradedItem } from "@/lib/exam/grade";
import type { Answer } from "@/lib/exam/scoring";

export type StatisticsScope = { kind: "all" } | { kind: "organisation"; organisationId: string | null };

/** Admins read everything; providers their own organisation (none, when they have no organisation). */
export function statisticsScopeFor(user: { role: string; organisationId: string | null }): StatisticsScope {
  return user.role === "admin" ? { kind: "all" } : { kind: "organisation", organisationId: user.organisationId };
}

export class StatisticsError extends Error {
  readonly status = 404;
  constructor(
    readonly code: "cohort-not-found",
    message: string,
  ) {
    super(message);
  }
}

export type CohortInfo = {
  id: string;
  name: string;
  courseTitle: string;
  organisationName: string;
  startsOn: string;
  endsOn: string;
  enrolled: number;
};

export type CohortResult = {
  /** null: the participants who are in none of the cohorts (admins only) */
  cohortId: string | null;
  name: string | null;
  courseTitle: string | null;
  startsOn: string | null;
  endsOn: string | null;
  enrolled: number | null;
  summary: CohortSummary;
};

export type AssessmentStatistics = {
  assessmentId: string;
  /** the cohort the figures are narrowed to, or null for the whole scope */
  cohort: CohortInfo | null;
  overall: CohortSummary;
  cohorts: CohortResult[];
  items: (ItemStatistics & { stem: string | null; options: { id: string; text: string }[] })[];
};

/** The cohorts a reader may see, newest first, with their participants. */
export async function cohortsInScope(db: Db, scope: StatisticsScope): Promise<(CohortInfo & { userIds: string[] })[]> {
  if (scope.kind === "organisation" && !scope.organisationId) return [];
  const rows = await db.cohort.findMany({
    where: scope.kind === "organisation" ? { course: { organisationId: scope.organisationId! } } : {},
    select: {
      id: true,
      name: true,
      startsOn: true,
      endsOn: true,
      course: { select: { title: true, organisation: { select: { name: true } } } },
      enrolments: { select: { userId: true } },
    },
    orderBy: [{ startsOn: "desc" }, { name: "asc" }],
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    courseTitle: c.course.title,
    organisationName: c.course.organisation.name,
    startsOn: c.startsOn.toISOString(),
    endsOn: c.endsOn.toISOString(),
    enrolled: c.enrolments.length,
    userIds: c.enrolments.map((e) => e.userId),
  }));
}

function publicInfo(c: CohortInfo): CohortInfo {
  return { id: c.id, name: c.name, courseTitle: c.courseTitle, organisationName: c.organisationName, startsOn: c.startsOn, endsOn: c.endsOn, enrolled: c.enrolled };
}

/** Which attempts' owners are in view: one cohort, an organisation's cohorts, or everyone. */
function ownerFilter(scope: StatisticsScope, cohortId: string | null): Prisma.AttemptWhereInput {
  if (cohortId) return { user: { enrolments: { some: { cohortId } } } };
  if (scope.kind === "all") return {};
  if (!scope.organisationId) return { id: { in: [] } };
  return { user: { enrolments: { some: { cohort: { course: { organisationId: scope.organisationId } } } } } };
}

export type StatisticsView = { scope: StatisticsScope; cohortId?: string | null };
/** A view with its cohorts looked up once, to share between the overview and the statistics of one page. */
export type ResolvedStatisticsView = StatisticsView & { cohorts: (CohortInfo & { userIds: string[] })[]; selected: (CohortInfo & { userIds: string[] }) | null };

/** Looks up the cohorts in scope and the one asked for; someone else's cohort looks exactly like a missing one. */
export async function resolveStatisticsView(db: Db, view: StatisticsView | ResolvedStatisticsView): Promise<ResolvedStatisticsView> {
  if ("cohorts" in view) return view;
  const cohorts = await cohortsInScope(db, view.scope);
  if (!view.cohortId) return { ...view, cohorts, selected: null };
  const selected = cohorts.find((c) => c.id === view.cohortId);
  if (!selected) throw new StatisticsError("cohort-not-found", "No such cohort among the ones you can see.");
  return { ...view, cohorts, selected };
}

export async function assessmentStatistics(
  db: Db,
  assessmentId: string,
  locale: Locale,
  view: StatisticsView | ResolvedStatisticsView,
  bank: QuestionBank = loadQuestionBank(),
): Promise<AssessmentStatistics> {
  const { cohorts, selected } = await resolveStatisticsView(db, view);
  const rows = await db.attempt.findMany({
    where: { assessmentId, status: "graded", ...ownerFilter(view.scope, selected?.id ?? null) },
    select: { id: true, userId: true, score: true, maxScore: true, percent: true, passed: true, content: true, result: true, responses: { select: { itemId: true, answer: true, credit: true } } },
    orderBy: { submittedAt: "asc" },
  });
  const results = rows.map((r) => ({ userId: r.userId, percent: r.percent ?? 0, passed: r.passed ?? false }));
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
  const shown = selected ? [selected] : cohorts;
  const byCohort = new Map(shown.map((c) => [c.id, c]));
  const byId = new Map(bank.items.map((i) => [i.id, i]));
  return {
    assessmentId,
    cohort: selected ? publicInfo(selected) : null,
    overall: summariseResults(results),
    cohorts: summariseByCohort(results, shown, { unassigned: view.scope.kind === "all" && !selected }).map(({ cohortId, summary }) => {
      const c = cohortId ? byCohort.get(cohortId) : undefined;
      return {
        cohortId,
        name: c?.name ?? null,
        courseTitle: c?.courseTitle ?? null,
        startsOn: c?.startsOn ?? null,
        endsOn: c?.endsOn ?? null,
        enrolled: c?.enrolled ?? null,
        summary,
      };
    }),
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

/** Graded attempts and passes per quiz and exam, within the same scope (and cohort). */
export async function assessmentOverview(
  db: Db,
  view: StatisticsView | ResolvedStatisticsView,
): Promise<{ assessmentId: string; attempts: number; passed: number }[]> {
  const { selected } = await resolveStatisticsView(db, view);
  const where = { status: "graded", kind: { in: ["quiz", "exam"] }, ...ownerFilter(view.scope, selected?.id ?? null) };
  const all = await db.attempt.groupBy({ by: ["assessmentId"], where, _count: { _all: true } });
  const passed = await db.attempt.groupBy({ by: ["assessmentId"], where: { ...where, passed: true }, _count: { _all: true } });
  return all
    .map((a) => ({ assessmentId: a.assessmentId, attempts: a._count._all, passed: passed.find((p) => p.assessmentId === a.assessmentId)?._count._all ?? 0 }))
    .sort((a, b) => a.assessmentId.localeCompare(b.assessmentId));
}
