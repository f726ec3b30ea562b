import { describe, expect, it } from "vitest";
import { creditFor, PASS_PERCENT, scorePractical, scoreScenario } from "@/lib/practical/scoring";
import { loadScenarios } from "@/lib/scenarios/load";
import type { Scenario, Submission } from "@/lib/scenarios/schema";

const practical = loadScenarios().filter((s) => s.use === "practical");
const needleCase = practical.find((s) => s.success.action === "needle" && s.targetMuscle === "multifidus")!;
const declineCase = practical.find((s) => s.success.action === "decline")!;

/** Straight ventral through an intercostal space lateral of the angle of the ribs: reaches the pleura. */
function unsafeNeedle(s: Scenario): Submission {
  return {
    action: "needle",
    trajectory: { technique: "other", entry: { level: "T6", side: s.region.side, lateralMm: 55, offsetMm: 10 }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: 50, needleLengthMm: 50 },
    adjustments: {},
  };
}
/** The reference trajectory with a needle the case does not offer: the same safe path, one condition missed. */
function incomplete(s: Scenario): Submission {
  if (s.reference.action !== "needle") throw new Error("needle reference expected");
  const odd = s.reference.trajectory.needleLengthMm + 1;
  expect(s.needleLengthsMm).not.toContain(odd);
  return { ...s.reference, trajectory: { ...s.reference.trajectory, needleLengthMm: odd } };
}

describe("practical scoring", () => {
  it("gives 1 for a full success, 0.5 for safe but incomplete, 0 for unsafe, wrong action or no answer", () => {
    expect(scoreScenario(needleCase, needleCase.reference).credit).toBe(1);
    const half = scoreScenario(needleCase, incomplete(needleCase));
    expect(half.unsafe).toBe(false);
    expect(half.success).toBe(false);
    expect(half.credit).toBe(0.5);
    const bad = scoreScenario(needleCase, unsafeNeedle(needleCase));
    expect(bad.unsafe).toBe(true);
    expect(bad.credit).toBe(0);
    expect(scoreScenario(needleCase, { action: "decline", reason: "other" }).credit).toBe(0);
    expect(scoreScenario(declineCase, declineCase.reference).credit).toBe(1);
    expect(scoreScenario(declineCase, { action: "decline", reason: "other" }).credit).toBe(0.5);
    const none = scoreScenario(needleCase, null);
    expect(none).toMatchObject({ credit: 0, answered: false });
  });

  it("creditFor follows the stated rule", () => {
    const base = { checks: [], evaluation: null };
    expect(creditFor({ ...base, success: true, unsafe: false, wrongAction: false })).toBe(1);
    expect(creditFor({ ...base, success: false, unsafe: false, wrongAction: false })).toBe(0.5);
    expect(creditFor({ ...base, success: false, unsafe: true, wrongAction: false })).toBe(0);
    expect(creditFor({ ...base, success: false, unsafe: false, wrongAction: true })).toBe(0);
  });

  it("all references: 100 %, passed", () => {
    const result = scorePractical(practical.map((s) => ({ scenario: s, submission: s.reference })));
    expect(result.percent).toBe(100);
    expect(result.criticalSafe).toBe(true);
    expect(result.passed).toBe(true);
    expect(result.maxScore).toBe(practical.length);
  });

  it("one unsafe trajectory fails the practical even when the percentage is high enough", () => {
    // Many cases right and one unsafe: above the bar in points only when there are enough cases.
    const items = practical.map((s) => ({ scenario: s, submission: s === needleCase ? unsafeNeedle(s) : s.reference }));
    const result = scorePractical(items);
    expect(result.criticalSafe).toBe(false);
    expect(result.passed).toBe(false);
    const withUnsafeInAbigSet = scorePractical([...items, ...practical.map((s) => ({ scenario: s, submission: s.reference })), ...practical.map((s) => ({ scenario: s, submission: s.reference }))]);
    expect(withUnsafeInAbigSet.percent).toBeGreaterThanOrEqual(PASS_PERCENT);
    expect(withUnsafeInAbigSet.passed).toBe(false);
  });

  it(`passes at ${PASS_PERCENT} % and fails below it (all safe)`, () => {
    // n cases; k of them answered only half-right
    const n = practical.length;
    const needleCases = practical.filter((s) => s.success.action === "needle");
    const withHalves = (k: number) =>
      scorePractical(practical.map((s) => ({ scenario: s, submission: needleCases.indexOf(s) >= 0 && needleCases.indexOf(s) < k ? incomplete(s) : s.reference })));
    for (let k = 0; k <= Math.min(needleCases.length, n); k++) {
      const r = withHalves(k);
      expect(r.criticalSafe).toBe(true);
      expect(r.score).toBe(n - k / 2);
      expect(r.passed).toBe(((n - k / 2) / n) * 100 >= PASS_PERCENT);
    }
  });

  it("no answers at all: 0 %, not passed", () => {
    const r = scorePractical(practical.map((s) => ({ scenario: s, submission: null })));
    expect(r).toMatchObject({ score: 0, percent: 0, passed: false, criticalSafe: true });
  });
});
