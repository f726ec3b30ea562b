import { describe, expect, it } from "vitest";
import { convertUnit, feedbackFor, scoreItem, totalScore, validateAnswer, type Answer } from "@/lib/exam/scoring";
import type { Item } from "@/lib/questions/schema";
import { fixtureBank } from "../fixtures/bank";

const bank = fixtureBank();
const item = (id: string) => {
  const found = bank.items.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};
const score = (id: string, answer: unknown) => {
  const check = validateAnswer(item(id), answer);
  if (!check.ok) throw new Error(check.message);
  return scoreItem(item(id), check.answer);
};

describe("single choice", () => {
  it("scores the key 1 and anything else 0", () => {
    expect(score("pnx-001", { choice: "b" })).toBe(1);
    expect(score("pnx-001", { choice: "a" })).toBe(0);
  });
  it("rejects options the item does not have and malformed answers", () => {
    expect(validateAnswer(item("pnx-001"), { choice: "z" }).ok).toBe(false);
    expect(validateAnswer(item("pnx-001"), { choices: ["b"] }).ok).toBe(false);
    expect(validateAnswer(item("pnx-001"), "b").ok).toBe(false);
  });
  it("a missing answer scores 0", () => expect(scoreItem(item("pnx-001"), null)).toBe(0));
});

describe("multiple response: (correct chosen − wrong chosen) / correct, floored at 0", () => {
  // key a, c (2 correct) of a–d
  it.each([
    [["a", "c"], 1],
    [["a"], 0.5],
    [["c"], 0.5],
    [["a", "c", "b"], 0.5],
    [["a", "b"], 0],
    [["a", "b", "d"], 0],
    [["b", "d"], 0],
    [["a", "b", "c", "d"], 0],
    [[], 0],
  ])("%j → %d", (choices, expected) => expect(score("pnx-002", { choices })).toBe(expected));
  it("rejects duplicates and unknown options", () => {
    expect(validateAnswer(item("pnx-002"), { choices: ["a", "a"] }).ok).toBe(false);
    expect(validateAnswer(item("pnx-002"), { choices: ["a", "x"] }).ok).toBe(false);
  });
});

describe("true/false", () => {
  it("scores against a false key", () => {
    expect(score("pnx-003", { value: false })).toBe(1);
    expect(score("pnx-003", { value: true })).toBe(0);
    expect(validateAnswer(item("pnx-003"), { value: "false" }).ok).toBe(false);
  });
});

describe("numeric with tolerance and unit", () => {
  const withTolerance = { ...item("pnx-004"), key: { value: 30, tolerance: 2 } } as Item;
  const inMm = { ...item("pnx-004"), unit: "mm", key: { value: 8, tolerance: 0.5 } } as Item;
  it("exact key, no tolerance", () => {
    expect(score("pnx-004", { value: 30 })).toBe(1);
    expect(score("pnx-004", { value: 30, unit: "°" })).toBe(1);
    expect(score("pnx-004", { value: 31 })).toBe(0);
  });
  it("tolerance bounds are inclusive", () => {
    expect(scoreItem(withTolerance, { value: 32 })).toBe(1);
    expect(scoreItem(withTolerance, { value: 28 })).toBe(1);
    expect(scoreItem(withTolerance, { value: 32.01 })).toBe(0);
  });
  it("converts comparable units (cm → mm) and refuses others", () => {
    expect(scoreItem(inMm, { value: 0.8, unit: "cm" })).toBe(1);
    expect(scoreItem(inMm, { value: 0.9, unit: "cm" })).toBe(0);
    expect(validateAnswer(inMm, { value: 8, unit: "°" }).ok).toBe(false);
    expect(convertUnit(3, "cm", "mm")).toBe(30);
    expect(convertUnit(3, "%", "mm")).toBeNull();
  });
  it("rejects non-numbers", () => {
    expect(validateAnswer(item("pnx-004"), { value: "30" }).ok).toBe(false);
    expect(validateAnswer(item("pnx-004"), { value: Number.NaN }).ok).toBe(false);
  });
});

describe("ordering: all or nothing", () => {
  it("full credit only for the exact order", () => {
    expect(score("pnx-005", { order: ["c", "a", "d", "b"] })).toBe(1);
    expect(score("pnx-005", { order: ["a", "c", "d", "b"] })).toBe(0);
    expect(score("pnx-005", { order: ["c", "a", "b", "d"] })).toBe(0);
  });
  it("feedback marks which positions were right", () => {
    const fb = feedbackFor(item("pnx-005"), { order: ["c", "a", "b", "d"] } as Answer);
    expect(fb).toMatchObject({ type: "ordering", positionsRight: [true, true, false, false] });
  });
  it("requires a permutation of the steps", () => {
    expect(validateAnswer(item("pnx-005"), { order: ["c", "a", "d"] }).ok).toBe(false);
    expect(validateAnswer(item("pnx-005"), { order: ["c", "a", "d", "d"] }).ok).toBe(false);
  });
});

describe("hotspot: point in a key region", () => {
  it("inside the key rectangle (edges included) scores 1", () => {
    expect(score("pnx-006", { x: 215, y: 220 })).toBe(1);
    expect(score("pnx-006", { x: 205, y: 200 })).toBe(1);
    expect(score("pnx-006", { x: 225, y: 240 })).toBe(1);
  });
  it("outside, or inside a region that is not a key, scores 0", () => {
    expect(score("pnx-006", { x: 204, y: 220 })).toBe(0);
    expect(score("pnx-006", { x: 300, y: 250 })).toBe(0);
  });
  it("circle regions when they are the key", () => {
    const circleKey = { ...item("pnx-006"), key: ["r2"] } as Item;
    expect(scoreItem(circleKey, { x: 300 + 30, y: 250 })).toBe(1);
    expect(scoreItem(circleKey, { x: 322, y: 272 })).toBe(0); // distance ≈ 31.1 > 30
  });
  it("points outside the figure are rejected", () => {
    expect(validateAnswer(item("pnx-006"), { x: -1, y: 10 }).ok).toBe(false);
    expect(validateAnswer(item("pnx-006"), { x: 10, y: 501 }).ok).toBe(false);
  });
});

describe("totals", () => {
  it("percentage and pass mark on the exact ratio", () => {
    expect(totalScore([1, 1, 0.5, 0], 4, 80)).toEqual({ score: 2.5, maxScore: 4, percent: 62.5, passed: false });
    expect(totalScore([1, 1, 1, 1, 0], 5, 80)).toMatchObject({ percent: 80, passed: true });
    // 23.99 / 30 = 79.97 % → shown as 80 but not a pass
    expect(totalScore([23.99], 30, 80)).toMatchObject({ percent: 80, passed: false });
  });
});
