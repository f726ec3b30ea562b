import { z } from "zod";
import type { Db } from "@/lib/db";
import { getModule, listModules } from "@/lib/modules";
import { summariseProgress } from "./summary";

export { summariseProgress, continueTarget, type ModuleProgressSummary, type ContinueTarget } from "./summary";

export const progressRequestSchema = z.object({
  moduleSlug: z.string().min(1).max(100),
  sectionId: z.string().min(1).max(100),
  done: z.boolean().default(true),
});
export type ProgressRequest = z.infer<typeof progressRequestSchema>;

export class UnknownSectionError extends Error {}

/** Marks a section done (idempotent) or not done. Throws UnknownSectionError for a section that does not exist. */
export async function setSectionDone(db: Db, userId: string, req: ProgressRequest): Promise<{ done: boolean; completedAt: Date | null }> {
  const mod = getModule(req.moduleSlug);
  if (!mod || !mod.sections.some((s) => s.id === req.sectionId)) {
    throw new UnknownSectionError(`No section "${req.sectionId}" in module "${req.moduleSlug}".`);
  }
  const key = { userId_moduleSlug_sectionId: { userId, moduleSlug: req.moduleSlug, sectionId: req.sectionId } };
  if (!req.done) {
    await db.sectionProgress.deleteMany({ where: { userId, moduleSlug: req.moduleSlug, sectionId: req.sectionId } });
    return { done: false, completedAt: null };
  }
  // upsert keeps the first completion time; the unique key makes a double click harmless.
  const row = await db.sectionProgress.upsert({ where: key, create: { userId, moduleSlug: req.moduleSlug, sectionId: req.sectionId }, update: {} });
  return { done: true, completedAt: row.completedAt };
}

export async function getUserProgress(db: Db, userId: string) {
  const rows = await db.sectionProgress.findMany({ where: { userId }, select: { moduleSlug: true, sectionId: true, completedAt: true } });
  return { rows, ...summariseProgress(listModules(), rows) };
}
