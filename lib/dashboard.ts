import type { Db } from "./db";

export type DashboardSummary = {
  sectionsCompleted: number;
  lastSection: { moduleSlug: string; sectionId: string; completedAt: Date } | null;
  attempts: { id: string; kind: string; assessmentId: string; status: string; percent: number | null; passed: boolean | null; startedAt: Date }[];
};

/** What the dashboard shows before any feature adds its own panel: the user's own records, newest first. */
export async function getDashboardSummary(db: Db, userId: string): Promise<DashboardSummary> {
  const [sectionsCompleted, lastSection, attempts] = await Promise.all([
    db.sectionProgress.count({ where: { userId } }),
    db.sectionProgress.findFirst({ where: { userId }, orderBy: { completedAt: "desc" }, select: { moduleSlug: true, sectionId: true, completedAt: true } }),
    db.attempt.findMany({
      where: { userId },
      orderBy: { startedAt: "desc" },
      take: 10,
      select: { id: true, kind: true, assessmentId: true, status: true, percent: true, passed: true, startedAt: true },
    }),
  ]);
  return { sectionsCompleted, lastSection, attempts };
}
