/**
 * Section progress per module and "continue where you left off", computed from the module index and
 * the user's SectionProgress rows. Pure: no database, no framework.
 */
export type ProgressModule = { slug: string; order: number; sections: { id: string }[] };
export type ProgressRow = { moduleSlug: string; sectionId: string; completedAt: Date };

export type ModuleProgressSummary = { slug: string; order: number; done: number; total: number; percent: number; doneIds: string[] };
export type ContinueTarget = { moduleSlug: string; sectionId: string; reason: "next-after-last" | "start" } | null;

export function summariseProgress(modules: readonly ProgressModule[], rows: readonly ProgressRow[]): { modules: ModuleProgressSummary[]; continueAt: ContinueTarget; allDone: boolean } {
  const doneBy = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!doneBy.has(r.moduleSlug)) doneBy.set(r.moduleSlug, new Set());
    doneBy.get(r.moduleSlug)!.add(r.sectionId);
  }
  const summaries = modules.map((m) => {
    const done = doneBy.get(m.slug) ?? new Set<string>();
    // Rows for sections that no longer exist (content edited) are ignored.
    const doneIds = m.sections.map((s) => s.id).filter((id) => done.has(id));
    const total = m.sections.length;
    return { slug: m.slug, order: m.order, done: doneIds.length, total, percent: total ? Math.round((doneIds.length / total) * 100) : 0, doneIds };
  });
  return { modules: summaries, continueAt: continueTarget(modules, rows), allDone: summaries.every((s) => s.done === s.total) };
}

/**
 * After the most recently completed section: the first section not yet done, reading on in course order
 * from there (wrapping round to earlier gaps). With no progress yet: the first section of the course.
 */
export function continueTarget(modules: readonly ProgressModule[], rows: readonly ProgressRow[]): ContinueTarget {
  const flat = [...modules].sort((a, b) => a.order - b.order).flatMap((m) => m.sections.map((s) => ({ moduleSlug: m.slug, sectionId: s.id })));
  if (flat.length === 0) return null;
  const done = new Set(rows.map((r) => `${r.moduleSlug}#${r.sectionId}`));
  const known = rows.filter((r) => flat.some((f) => f.moduleSlug === r.moduleSlug && f.sectionId === r.sectionId));
  if (known.length === 0) return { ...flat[0]!, reason: "start" };
  const last = known.reduce((a, b) => (b.completedAt > a.completedAt ? b : a));
  const start = flat.findIndex((f) => f.moduleSlug === last.moduleSlug && f.sectionId === last.sectionId);
  for (let k = 1; k <= flat.length; k++) {
    const f = flat[(start + k) % flat.length]!;
    if (!done.has(`${f.moduleSlug}#${f.sectionId}`)) return { ...f, reason: "next-after-last" };
  }
  return null;
}
