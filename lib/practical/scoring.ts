import { judgeSubmission, type Check, type Outcome } from "@/lib/scenarios/outcome";
import type { Scenario, Submission } from "@/lib/scenarios/schema";

/**
 * The practical assessment "practical:thoracic" (PNX-1: thoracic techniques only after practice and a
 * passed test). Pure scoring; lib/practical/service.ts stores attempts.
 *
 * Scoring, per scenario:
 *   1   point  every success condition met (safe, target reached, required rules kept, …);
 *   0.5 point  the needle is safe and the action right, but a condition is missed;
 *   0   points an unsafe trajectory, the wrong action (needling where declining was right, or the other
 *              way round), or no answer.
 * Pass: at least PASS_PERCENT % of the points AND no unsafe trajectory in any scenario ("critical-safe").
 */
export const PRACTICAL_ID = "practical:thoracic";
export const PASS_PERCENT = 80;
export const TIME_LIMIT_MINUTES = 60;

export type ScenarioResult = {
  scenarioId: string;
  credit: number;
  answered: boolean;
  success: boolean;
  unsafe: boolean;
  wrongAction: boolean;
  checks: Check[];
  /** The server's evaluation summary (not the browser's). */
  evaluation: Pick<NonNullable<Outcome["evaluation"]>, "verdict" | "score" | "pleuraMarginMm" | "angleToSkinDeg" | "fingerWidths" | "violations" | "penetrated" | "stoppedBy"> | null;
};

export type PracticalResult = {
  scenarios: ScenarioResult[];
  score: number;
  maxScore: number;
  percent: number;
  criticalSafe: boolean;
  passed: boolean;
  passRule: { percent: number; criticalSafe: true };
};

export function creditFor(outcome: Outcome): number {
  if (outcome.unsafe || outcome.wrongAction) return 0;
  return outcome.success ? 1 : 0.5;
}

export function scoreScenario(scenario: Scenario, submission: Submission | null): ScenarioResult {
  if (!submission) {
    return { scenarioId: scenario.id, credit: 0, answered: false, success: false, unsafe: false, wrongAction: false, checks: [], evaluation: null };
  }
  const outcome = judgeSubmission(scenario, submission);
  const e = outcome.evaluation;
  return {
    scenarioId: scenario.id,
    credit: creditFor(outcome),
    answered: true,
    success: outcome.success,
    unsafe: outcome.unsafe,
    wrongAction: outcome.wrongAction,
    checks: outcome.checks,
    evaluation: e
      ? { verdict: e.verdict, score: e.score, pleuraMarginMm: e.pleuraMarginMm, angleToSkinDeg: e.angleToSkinDeg, fingerWidths: e.fingerWidths, violations: e.violations, penetrated: e.penetrated, stoppedBy: e.stoppedBy }
      : null,
  };
}

export function scorePractical(items: { scenario: Scenario; submission: Submission | null }[]): PracticalResult {
  const scenarios = items.map(({ scenario, submission }) => scoreScenario(scenario, submission));
  const score = scenarios.reduce((sum, r) => sum + r.credit, 0);
  const maxScore = scenarios.length;
  const percent = maxScore === 0 ? 0 : Math.round((score / maxScore) * 1000) / 10;
  const criticalSafe = scenarios.every((r) => !r.unsafe);
  return {
    scenarios,
    score,
    maxScore,
    percent,
    criticalSafe,
    passed: maxScore > 0 && criticalSafe && percent >= PASS_PERCENT,
    passRule: { percent: PASS_PERCENT, criticalSafe: true },
  };
}
