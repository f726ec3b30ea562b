import { describe, expect, it } from "vitest";
import { continueTarget, summariseProgress } from "@/lib/progress/summary";

const modules = [
  { slug: "m2", order: 2, sections: [{ id: "m2-a" }, { id: "m2-b" }] },
  { slug: "m1", order: 1, sections: [{ id: "m1-a" }, { id: "m1-b" }, { id: "m1-c" }] },
];
const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 10, min));

describe("summariseProgress", () => {
  it("counts done sections per module and ignores rows for unknown sections", () => {
    const s = summariseProgress(modules, [
      { moduleSlug: "m1", sectionId: "m1-a", completedAt: at(1) },
      { moduleSlug: "m1", sectionId: "m1-gone", completedAt: at(2) },
    ]);
    expect(s.modules.find((m) => m.slug === "m1")).toMatchObject({ done: 1, total: 3, percent: 33, doneIds: ["m1-a"] });
    expect(s.modules.find((m) => m.slug === "m2")).toMatchObject({ done: 0, total: 2, percent: 0 });
    expect(s.allDone).toBe(false);
  });
});

describe("continueTarget", () => {
  it("starts at the first section of the course with no progress", () => {
    expect(continueTarget(modules, [])).toEqual({ moduleSlug: "m1", sectionId: "m1-a", reason: "start" });
  });
  it("continues after the most recently completed section, crossing into the next module", () => {
    const rows = [
      { moduleSlug: "m1", sectionId: "m1-c", completedAt: at(5) },
      { moduleSlug: "m1", sectionId: "m1-a", completedAt: at(1) },
    ];
    expect(continueTarget(modules, rows)).toEqual({ moduleSlug: "m2", sectionId: "m2-a", reason: "next-after-last" });
  });
  it("wraps round to an earlier gap and returns null when everything is done", () => {
    const rows = [
      { moduleSlug: "m2", sectionId: "m2-b", completedAt: at(9) },
      { moduleSlug: "m2", sectionId: "m2-a", completedAt: at(3) },
      { moduleSlug: "m1", sectionId: "m1-a", completedAt: at(1) },
    ];
    expect(continueTarget(modules, rows)).toEqual({ moduleSlug: "m1", sectionId: "m1-b", reason: "next-after-last" });
    const all = ["m1-a", "m1-b", "m1-c", "m2-a", "m2-b"].map((id, i) => ({ moduleSlug: id.slice(0, 2), sectionId: id, completedAt: at(i) }));
    expect(continueTarget(modules, all)).toBeNull();
  });
});
