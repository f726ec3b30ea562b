import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUserProgress, setSectionDone, UnknownSectionError } from "@/lib/progress";
import { listModules } from "@/lib/modules";
import { DATABASE_KINDS, freshDb, type TestDb } from "../helpers/db";

describe.each(DATABASE_KINDS)("section progress on %s", (kind) => {
  let t: TestDb;
  let userId: string;
  beforeAll(async () => {
    t = await freshDb(kind);
    userId = (await t.db.user.create({ data: { email: `p-${kind}@example.test`, name: "P", passwordHash: "x" } })).id;
  });
  afterAll(async () => t?.cleanup());

  it("stores a completed section once, reports it, and can undo it", async () => {
    const mod = listModules()[0]!;
    const section = mod.sections[0]!;
    const first = await setSectionDone(t.db, userId, { moduleSlug: mod.slug, sectionId: section.id, done: true });
    const again = await setSectionDone(t.db, userId, { moduleSlug: mod.slug, sectionId: section.id, done: true });
    expect(again.completedAt?.getTime()).toBe(first.completedAt?.getTime());
    expect(await t.db.sectionProgress.count({ where: { userId } })).toBe(1);
    const p = await getUserProgress(t.db, userId);
    expect(p.modules.find((m) => m.slug === mod.slug)).toMatchObject({ done: 1, total: mod.sections.length });
    await setSectionDone(t.db, userId, { moduleSlug: mod.slug, sectionId: section.id, done: false });
    expect(await t.db.sectionProgress.count({ where: { userId } })).toBe(0);
  });

  it("refuses a section that does not exist", async () => {
    await expect(setSectionDone(t.db, userId, { moduleSlug: "m1-dry-needling-and-risks", sectionId: "m1-nope", done: true })).rejects.toBeInstanceOf(UnknownSectionError);
    await expect(setSectionDone(t.db, userId, { moduleSlug: "nope", sectionId: "x", done: true })).rejects.toBeInstanceOf(UnknownSectionError);
  });
});
