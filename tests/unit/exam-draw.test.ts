import { describe, expect, it } from "vitest";
import { chapterCounts, drawExam, drawQuiz, DrawError } from "@/lib/exam/draw";
import { examConfig, scaleBlueprint, DEFAULT_BLUEPRINT } from "@/lib/exam/config";
import { itemVersion } from "@/lib/questions/bank";
import { fixtureBank, FIXTURE_EXAM_CONFIG } from "../fixtures/bank";

const bank = fixtureBank();

describe("exam blueprint draw", () => {
  it("fills the quotas per chapter with exactly the configured number of distinct exam items", () => {
    for (const seed of ["a1", "b2", "c3", "d4", "e5"]) {
      const content = drawExam(bank, FIXTURE_EXAM_CONFIG, seed);
      expect(content.items).toHaveLength(10);
      expect(new Set(content.items.map((i) => i.id)).size).toBe(10);
      expect(chapterCounts(content)).toEqual({ pnx: 4, tech: 3, case: 3 });
      for (const drawn of content.items) {
        const item = bank.items.find((i) => i.id === drawn.id)!;
        expect(item.pools).toContain("exam");
        expect(drawn.version).toBe(itemVersion(item));
      }
    }
  });

  it("is reproducible per seed and differs between seeds", () => {
    const a = drawExam(bank, FIXTURE_EXAM_CONFIG, "attempt-1");
    expect(drawExam(bank, FIXTURE_EXAM_CONFIG, "attempt-1")).toEqual(a);
    const others = ["attempt-2", "attempt-3", "attempt-4"].map((s) => JSON.stringify(drawExam(bank, FIXTURE_EXAM_CONFIG, s).items));
    expect(others.some((o) => o !== JSON.stringify(a.items))).toBe(true);
  });

  it("keeps a case set together and in the bank's order", () => {
    for (const seed of ["x", "y", "z", "w"]) {
      const ids = drawExam(bank, FIXTURE_EXAM_CONFIG, seed).items.map((i) => i.id);
      const start = ids.indexOf("case-001");
      expect(start).toBeGreaterThanOrEqual(0);
      expect(ids.slice(start, start + 3)).toEqual(["case-001", "case-002", "case-003"]);
    }
  });

  it("shuffles options per attempt: a permutation of the item's options, varying between attempts", () => {
    const orders = new Set<string>();
    for (let n = 0; n < 12; n++) {
      const drawn = drawExam(bank, FIXTURE_EXAM_CONFIG, `s${n}`).items.find((i) => i.id === "pnx-001");
      if (!drawn) continue;
      expect([...drawn.options!].sort()).toEqual(["a", "b", "c", "d"]);
      orders.add(drawn.options!.join(""));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("never shows an ordering item already in the right order", () => {
    for (let n = 0; n < 40; n++) {
      const drawn = drawExam(bank, FIXTURE_EXAM_CONFIG, `o${n}`).items.find((i) => i.id === "pnx-005");
      if (drawn) expect(drawn.options!.join("")).not.toBe("cadb");
    }
  });

  it("fills a chapter's shortfall from other chapters", () => {
    const content = drawExam(bank, { ...FIXTURE_EXAM_CONFIG, blueprint: { tst: 5, pnx: 5 } }, "short");
    expect(content.items).toHaveLength(10);
    expect(chapterCounts(content).tst).toBe(1); // only one tst item is in the exam pool
  });

  it("fails clearly when the pool is too small", () => {
    expect(() => drawExam(bank, { ...FIXTURE_EXAM_CONFIG, items: 40 }, "x")).toThrow(DrawError);
  });
});

describe("quiz draw", () => {
  it("takes the module's quiz pool, case sets together, at most maxItems", () => {
    const quiz = drawQuiz(bank, "m6-preventing-pneumothorax", { passPercent: 80, maxItems: 12 }, "q");
    expect(quiz.items.map((i) => i.id).sort()).toEqual(["pnx-001", "pnx-002", "pnx-003", "pnx-004", "pnx-005", "pnx-006"]);
    const small = drawQuiz(bank, "m6-preventing-pneumothorax", { passPercent: 80, maxItems: 4 }, "q");
    expect(small.items).toHaveLength(4);
    const caseQuiz = drawQuiz(bank, "m8-case-low-back-pain", { passPercent: 80, maxItems: 12 }, "q");
    expect(caseQuiz.items.map((i) => i.id)).toEqual(["case-001", "case-002", "case-003"]);
  });
  it("a module without quiz items cannot be drawn", () => {
    expect(() => drawQuiz(bank, "m1-dry-needling-and-risks", { passPercent: 80, maxItems: 12 }, "q")).toThrow(DrawError);
  });
});

describe("configuration", () => {
  it("has the issue's defaults", () => {
    const c = examConfig({});
    expect(c).toMatchObject({ items: 30, passPercent: 80, timeLimitMinutes: 45, maxAttempts: 3, cooldownHours: 24 });
    expect(Object.values(c.blueprint).reduce((s, n) => s + n, 0)).toBe(30);
  });
  it("reads valid overrides and rejects bad ones", () => {
    const c = examConfig({ NAALDWIJZER_EXAM_ITEMS: "20", NAALDWIJZER_EXAM_PASS_PERCENT: "75", NAALDWIJZER_EXAM_COOLDOWN_HOURS: "0" });
    expect(c).toMatchObject({ items: 20, passPercent: 75, cooldownHours: 0 });
    expect(Object.values(c.blueprint).reduce((s, n) => s + n, 0)).toBe(20);
    expect(() => examConfig({ NAALDWIJZER_EXAM_MAX_ATTEMPTS: "three" })).toThrow(/MAX_ATTEMPTS/);
    expect(() => examConfig({ NAALDWIJZER_EXAM_PASS_PERCENT: "120" })).toThrow();
  });
  it("scales the blueprint keeping its total", () => {
    for (const total of [5, 17, 30, 45]) {
      expect(Object.values(scaleBlueprint(DEFAULT_BLUEPRINT, total)).reduce((s, n) => s + n, 0)).toBe(total);
    }
  });
});
