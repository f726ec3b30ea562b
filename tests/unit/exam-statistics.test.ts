import { describe, expect, it } from "vitest";
import { itemStatistics, pearson, summariseByCohort, summariseResults, upperLowerIndex, type GradedAttemptData } from "@/lib/exam/statistics";
import type { Item } from "@/lib/questions/schema";

const opt = (id: string) => ({ id, text: { nl: id, en: id } });
const base = { recs: ["PNX-1"], module: "m6-preventing-pneumothorax", difficulty: 1, pools: ["exam"], stem: { nl: "s", en: "s" }, explanation: { nl: "e", en: "e" } } as const;
const items = [
  { ...base, id: "pnx-101", type: "single", options: ["a", "b", "c"].map(opt), key: "a" },
  { ...base, id: "pnx-102", type: "truefalse", key: true },
  { ...base, id: "pnx-103", type: "single", options: ["a", "b", "c"].map(opt), key: "b" },
] as unknown as Item[];

/**
 * Hand-computed fixture: five attempts of three 1-point items.
 *          X(pnx-101, key a)  Y(pnx-102, key true)  Z(pnx-103, key b)  score
 *   A1     a  1               true  1               b  1               3
 *   A2     a  1               true  1               a  0               2
 *   A3     a  1               false 0               b  1               2
 *   A4     b  0               false 0               —  0 (unanswered)  0
 *   A5     b  0               true  1               c  0               1
 */
const rows: [string, [string, boolean, string | null], [number, number, number]][] = [
  ["A1", ["a", true, "b"], [1, 1, 1]],
  ["A2", ["a", true, "a"], [1, 1, 0]],
  ["A3", ["a", false, "b"], [1, 0, 1]],
  ["A4", ["b", false, null], [0, 0, 0]],
  ["A5", ["b", true, "c"], [0, 1, 0]],
];
const attempts: GradedAttemptData[] = rows.map(([attemptId, [x, y, z], credits]) => ({
  attemptId,
  score: credits.reduce((s, c) => s + c, 0),
  maxScore: 3,
  responses: [
    { itemId: "pnx-101", credit: credits[0], answer: { choice: x } },
    { itemId: "pnx-102", credit: credits[1], answer: { value: y } },
    { itemId: "pnx-103", credit: credits[2], answer: z === null ? null : { choice: z } },
  ],
}));

describe("item statistics against a hand-computed fixture", () => {
  const stats = Object.fromEntries(itemStatistics(attempts, items).map((s) => [s.itemId, s]));

  it("item X: p = 0.6, r_pb = 0.5/√0.6 ≈ 0.6455, D = 1, option c never chosen → flagged", () => {
    // rest scores (score − credit)/2: 1, .5, .5, 0, .5; Σdxdy = .5, Σdx² = 1.2, Σdy² = .5
    const x = stats["pnx-101"]!;
    expect(x.n).toBe(5);
    expect(x.facility).toBeCloseTo(0.6, 10);
    expect(x.pointBiserial).toBeCloseTo(0.5 / Math.sqrt(0.6), 10);
    expect(x.upperLower).toBe(1);
    expect(x.distractors).toEqual([
      { option: "a", count: 3, share: 0.6, isKey: true, nonFunctioning: false },
      { option: "b", count: 2, share: 0.4, isKey: false, nonFunctioning: false },
      { option: "c", count: 0, share: 0, isKey: false, nonFunctioning: true },
    ]);
    expect(x.flags).toEqual(["non-functioning-distractor"]);
  });

  it("item Y: p = 0.6, r_pb = 0 (Σdxdy = .2 + 0 − .3 + .3 − .2) → low discrimination; D = 1 is not used", () => {
    const y = stats["pnx-102"]!;
    expect(y.facility).toBeCloseTo(0.6, 10);
    expect(y.pointBiserial).toBeCloseTo(0, 10);
    expect(y.upperLower).toBe(1);
    expect(y.distractors.map((d) => [d.option, d.count])).toEqual([["true", 3], ["false", 2]]);
    expect(y.flags).toEqual(["low-discrimination"]);
  });

  it("item Z: p = 0.4, r_pb = 0.3/√0.84 ≈ 0.3273, shares over the 4 who answered", () => {
    const z = stats["pnx-103"]!;
    expect(z.n).toBe(5);
    expect(z.answered).toBe(4);
    expect(z.facility).toBeCloseTo(0.4, 10);
    expect(z.pointBiserial).toBeCloseTo(0.3 / Math.sqrt(0.84), 10);
    expect(z.distractors.map((d) => d.share)).toEqual([0.25, 0.5, 0.25]);
    expect(z.flags).toEqual([]);
  });

  it("flags too hard / too easy, and nothing below the minimum number of responses", () => {
    const easy = rows.map(([attemptId], i) => ({ attemptId, score: 1 + (i % 2), maxScore: 2, responses: [{ itemId: "pnx-102", credit: 1, answer: { value: true } }] }));
    expect(itemStatistics(easy, items)[0]!.flags).toContain("too-easy");
    const hard = easy.map((a) => ({ ...a, responses: [{ itemId: "pnx-102", credit: 0, answer: { value: false } }] }));
    expect(itemStatistics(hard, items)[0]!.flags).toContain("too-hard");
    expect(itemStatistics(hard.slice(0, 4), items)[0]!.flags).toEqual([]);
  });
});

describe("helpers", () => {
  it("pearson is null for constant data", () => {
    expect(pearson([1, 1, 1], [0, 1, 2])).toBeNull();
    expect(pearson([0, 1], [0, 1])).toBeCloseTo(1, 10);
  });
  it("upper-lower uses 27 % groups of at least one", () => {
    const r = Array.from({ length: 10 }, (_, i) => ({ attemptId: `a${i}`, total: i / 10, credit: i >= 7 ? 1 : i === 0 ? 1 : 0 }));
    // g = round(2.7) = 3: upper = a9, a8, a7 (all 1); lower = a2, a1, a0 (0, 0, 1) → 1 − 1/3
    expect(upperLowerIndex(r)).toBeCloseTo(2 / 3, 10);
  });
  it("cohort summary", () => {
    const s = summariseResults([
      { userId: "u1", percent: 100, passed: true },
      { userId: "u2", percent: 66.7, passed: false },
      { userId: "u2", percent: 85, passed: true },
      { userId: "u3", percent: 0, passed: false },
    ]);
    expect(s).toMatchObject({ attempts: 4, participants: 3, passed: 2, passRate: 0.5, medianPercent: 75.85 });
    expect(s.meanPercent).toBeCloseTo(62.925, 10);
    expect(s.histogram).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 1, 1]);
  });
  it("results per cohort: a participant in two cohorts counts in both; the rest form one group", () => {
    const results = [
      { userId: "u1", percent: 100, passed: true },
      { userId: "u2", percent: 60, passed: false },
      { userId: "u3", percent: 80, passed: true },
      { userId: "u4", percent: 40, passed: false },
    ];
    const cohorts = [
      { id: "c1", userIds: ["u1", "u2"] },
      { id: "c2", userIds: ["u2", "u3", "u9"] },
      { id: "c3", userIds: [] },
    ];
    const rows = summariseByCohort(results, cohorts, { unassigned: true });
    expect(rows.map((r) => [r.cohortId, r.summary.attempts, r.summary.meanPercent])).toEqual([
      ["c1", 2, 80],
      ["c2", 2, 70],
      ["c3", 0, null],
      [null, 1, 40],
    ]);
    // without the extra group, and with nobody left over, there is no null row
    expect(summariseByCohort(results, cohorts).map((r) => r.cohortId)).toEqual(["c1", "c2", "c3"]);
    expect(summariseByCohort(results.slice(0, 3), cohorts, { unassigned: true }).map((r) => r.cohortId)).toEqual(["c1", "c2", "c3"]);
  });
});
