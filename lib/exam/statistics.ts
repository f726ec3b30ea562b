/**
 * Classical item statistics over graded attempts, plus cohort summaries. Pure: the caller loads the
 * attempts. Attempts of one assessment may hold different items (the exam is drawn per attempt), so the
 * total used for discrimination is the attempt's percentage, and every statistic of an item only uses
 * the attempts that presented it.
 *
 * - facility (p-value): mean credit on the item (0–1; partial credit counts as its fraction).
 * - point-biserial (corrected): Pearson correlation between the item's credit and the attempt's score
 *   on the OTHER items, as a fraction ((score − credit) / (maxScore − 1)), so the item does not
 *   correlate with itself.
 * - upper-lower index D: mean credit in the top 27 % of attempts (by percentage) minus that in the
 *   bottom 27 % (each group at least one attempt).
 * - distractor frequencies: how often each option was chosen, as a share of those who answered.
 * - flags (only with ≥ minResponses responses): too hard (p < 0.2), too easy (p > 0.95), low
 *   discrimination (point-biserial, else D, < 0.2), non-functioning distractor (a wrong option chosen by
 *   < 5 % of those who answered).
 */
import type { Item } from "@/lib/questions/schema";
import { ITEM_FLAG_THRESHOLDS } from "./config";
import type { Answer, MultipleAnswer, SingleAnswer, TrueFalseAnswer } from "./scoring";

export type GradedAttemptData = {
  attemptId: string;
  score: number;
  maxScore: number;
  /** every item the attempt presented; an unanswered item has answer null and credit 0 */
  responses: { itemId: string; credit: number; answer: Answer | null }[];
};

export type OptionFrequency = { option: string; count: number; share: number; isKey: boolean; nonFunctioning: boolean };
export type ItemFlag = "too-hard" | "too-easy" | "low-discrimination" | "non-functioning-distractor";
export type ItemStatistics = {
  itemId: string;
  type: Item["type"] | "unknown";
  n: number;
  answered: number;
  facility: number | null;
  pointBiserial: number | null;
  upperLower: number | null;
  distractors: OptionFrequency[];
  flags: ItemFlag[];
};

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

/** Pearson correlation; null when fewer than two pairs or either variable is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

const fraction = (a: GradedAttemptData) => (a.maxScore > 0 ? a.score / a.maxScore : 0);

/** Upper-lower discrimination index for one item over the attempts that presented it. */
export function upperLowerIndex(rows: readonly { total: number; credit: number; attemptId: string }[], share = 0.27): number | null {
  if (rows.length < 2) return null;
  const sorted = [...rows].sort((a, b) => b.total - a.total || (a.attemptId < b.attemptId ? -1 : 1));
  const g = Math.max(1, Math.round(rows.length * share));
  const upper = mean(sorted.slice(0, g).map((r) => r.credit))!;
  const lower = mean(sorted.slice(-g).map((r) => r.credit))!;
  return upper - lower;
}

function optionIdsOf(item: Item): string[] | null {
  if (item.type === "single" || item.type === "multiple") return item.options.map((o) => o.id);
  if (item.type === "truefalse") return ["true", "false"];
  return null;
}

function keyOf(item: Item): string[] {
  if (item.type === "single") return [item.key];
  if (item.type === "multiple") return item.key;
  if (item.type === "truefalse") return [String(item.key)];
  return [];
}

function chosenOf(item: Item, answer: Answer): string[] {
  if (item.type === "single") return [(answer as SingleAnswer).choice];
  if (item.type === "multiple") return (answer as MultipleAnswer).choices;
  if (item.type === "truefalse") return [String((answer as TrueFalseAnswer).value)];
  return [];
}

export function itemStatistics(
  attempts: readonly GradedAttemptData[],
  items: readonly Item[],
  thresholds: typeof ITEM_FLAG_THRESHOLDS = ITEM_FLAG_THRESHOLDS,
): ItemStatistics[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows = new Map<string, { attemptId: string; credit: number; answer: Answer | null; total: number; rest: number | null }[]>();
  for (const a of attempts) {
    for (const r of a.responses) {
      const list = rows.get(r.itemId) ?? [];
      list.push({
        attemptId: a.attemptId,
        credit: r.credit,
        answer: r.answer,
        total: fraction(a),
        rest: a.maxScore > 1 ? (a.score - r.credit) / (a.maxScore - 1) : null,
      });
      rows.set(r.itemId, list);
    }
  }
  const out: ItemStatistics[] = [];
  for (const [itemId, list] of rows) {
    const item = byId.get(itemId);
    const credits = list.map((r) => r.credit);
    const restRows = list.filter((r) => r.rest !== null);
    const pointBiserial = pearson(restRows.map((r) => r.credit), restRows.map((r) => r.rest!));
    const upperLower = upperLowerIndex(list);
    const answeredRows = list.filter((r) => r.answer !== null);
    const facility = mean(credits);

    const distractors: OptionFrequency[] = [];
    const optionIds = item ? optionIdsOf(item) : null;
    if (item && optionIds) {
      const key = keyOf(item);
      const counts = new Map(optionIds.map((o) => [o, 0]));
      for (const r of answeredRows) for (const c of chosenOf(item, r.answer!)) counts.set(c, (counts.get(c) ?? 0) + 1);
      for (const option of optionIds) {
        const count = counts.get(option) ?? 0;
        const share = answeredRows.length ? count / answeredRows.length : 0;
        const isKey = key.includes(option);
        distractors.push({
          option,
          count,
          share,
          isKey,
          // true/false has no distractors to speak of: the one wrong option is the alternative itself
          nonFunctioning: !isKey && item.type !== "truefalse" && answeredRows.length > 0 && share < thresholds.nonFunctioningDistractor,
        });
      }
    }

    const flags: ItemFlag[] = [];
    if (list.length >= thresholds.minResponses && facility !== null) {
      if (facility < thresholds.tooHard) flags.push("too-hard");
      if (facility > thresholds.tooEasy) flags.push("too-easy");
      const discrimination = pointBiserial ?? upperLower;
      if (discrimination !== null && discrimination < thresholds.lowDiscrimination) flags.push("low-discrimination");
      if (distractors.some((d) => d.nonFunctioning)) flags.push("non-functioning-distractor");
    }
    out.push({
      itemId,
      type: item?.type ?? "unknown",
      n: list.length,
      answered: answeredRows.length,
      facility,
      pointBiserial,
      upperLower,
      distractors,
      flags,
    });
  }
  return out.sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
}

export type CohortSummary = {
  attempts: number;
  participants: number;
  passed: number;
  passRate: number | null;
  meanPercent: number | null;
  medianPercent: number | null;
  /** counts per 10-point band: [0–10), [10–20) … [90–100] */
  histogram: number[];
};

export function summariseResults(results: readonly { userId: string; percent: number; passed: boolean }[]): CohortSummary {
  const percents = results.map((r) => r.percent).sort((a, b) => a - b);
  const passed = results.filter((r) => r.passed).length;
  const histogram = Array.from({ length: 10 }, () => 0);
  for (const p of percents) histogram[Math.min(9, Math.max(0, Math.floor(p / 10)))]! += 1;
  const mid = Math.floor(percents.length / 2);
  return {
    attempts: results.length,
    participants: new Set(results.map((r) => r.userId)).size,
    passed,
    passRate: results.length ? passed / results.length : null,
    meanPercent: mean(percents),
    medianPercent: percents.length === 0 ? null : percents.length % 2 ? percents[mid]! : (percents[mid - 1]! + percents[mid]!) / 2,
    histogram,
  };
}

export type CohortMembers = { id: string; userIds: readonly string[] };

/**
 * Results per cohort: an attempt counts for every listed cohort its participant is enrolled in (someone
 * enrolled in two cohorts shows up in both). With `unassigned`, the attempts of participants in none of
 * the cohorts form one extra group (id null), left out when it is empty.
 */
export function summariseByCohort<R extends { userId: string; percent: number; passed: boolean }>(
  results: readonly R[],
  cohorts: readonly CohortMembers[],
  options: { unassigned?: boolean } = {},
): { cohortId: string | null; summary: CohortSummary }[] {
  const out: { cohortId: string | null; summary: CohortSummary }[] = cohorts.map((c) => {
    const members = new Set(c.userIds);
    return { cohortId: c.id, summary: summariseResults(results.filter((r) => members.has(r.userId))) };
  });
  if (options.unassigned) {
    const enrolled = new Set(cohorts.flatMap((c) => c.userIds));
    const rest = results.filter((r) => !enrolled.has(r.userId));
    if (rest.length) out.push({ cohortId: null, summary: summariseResults(rest) });
  }
  return out;
}
