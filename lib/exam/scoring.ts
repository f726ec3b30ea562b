/**
 * Server-side scoring of every item type. Every item is worth 1 point; `credit` is in [0, 1].
 *
 * Rules (also shown to participants in the review):
 * - single, true/false: 1 when the key is chosen, else 0.
 * - multiple response: (correct options chosen − wrong options chosen) / number of correct options,
 *   floored at 0 (BRIEF.md). Choosing everything therefore earns nothing.
 * - numeric: 1 when |answer − key| ≤ tolerance, after converting the answer to the item's unit
 *   (only between units of one dimension, e.g. cm → mm); else 0.
 * - ordering: all or nothing — 1 only when every step is in its place. In a safety sequence (what to do
 *   on a suspected pneumothorax, PNX-3) the order itself is what is tested; the review still shows
 *   which positions were right.
 * - hotspot: 1 when the clicked point lies inside any key region (edges count), else 0.
 */
import { z } from "zod";
import { FIGURE_VIEWBOX, pointInRegion, type Item, type Region, type Unit } from "@/lib/questions/schema";

export const ORDERING_RULE = "all-or-nothing" as const;

const optionId = z.string().regex(/^[a-z]$/);
export const answerSchemas = {
  single: z.strictObject({ choice: optionId }),
  multiple: z.strictObject({ choices: z.array(optionId).max(26) }),
  truefalse: z.strictObject({ value: z.boolean() }),
  numeric: z.strictObject({ value: z.number().finite(), unit: z.string().max(30).optional() }),
  ordering: z.strictObject({ order: z.array(optionId).max(26) }),
  hotspot: z.strictObject({ x: z.number().finite(), y: z.number().finite() }),
} as const;

export type SingleAnswer = z.infer<typeof answerSchemas.single>;
export type MultipleAnswer = z.infer<typeof answerSchemas.multiple>;
export type TrueFalseAnswer = z.infer<typeof answerSchemas.truefalse>;
export type NumericAnswer = z.infer<typeof answerSchemas.numeric>;
export type OrderingAnswer = z.infer<typeof answerSchemas.ordering>;
export type HotspotAnswer = z.infer<typeof answerSchemas.hotspot>;
export type Answer = SingleAnswer | MultipleAnswer | TrueFalseAnswer | NumericAnswer | OrderingAnswer | HotspotAnswer;

export type AnswerCheck = { ok: true; answer: Answer } | { ok: false; message: string };

/** Unit conversions to a base unit per dimension; units not listed only match themselves. */
const UNIT_FACTORS: Partial<Record<Unit, { dimension: string; factor: number }>> = {
  mm: { dimension: "length", factor: 1 },
  cm: { dimension: "length", factor: 10 },
};

/** Converts `value` from `from` to `to`; null when the units are not comparable. */
export function convertUnit(value: number, from: string, to: Unit): number | null {
  if (from === to) return value;
  const a = UNIT_FACTORS[from as Unit];
  const b = UNIT_FACTORS[to];
  if (!a || !b || a.dimension !== b.dimension) return null;
  return (value * a.factor) / b.factor;
}

/**
 * Checks that an answer has the right shape for the item and only refers to its own options/figure.
 * The message is safe to send back: it never mentions the key.
 */
export function validateAnswer(item: Item, raw: unknown): AnswerCheck {
  const parsed = answerSchemas[item.type].safeParse(raw);
  if (!parsed.success) {
    return { ok: false, message: `answer for a ${item.type} item: ${parsed.error.issues.map((i) => `${i.path.join(".") || "answer"}: ${i.message}`).join("; ")}` };
  }
  const answer = parsed.data as Answer;
  const optionIds = "options" in item ? item.options.map((o) => o.id) : [];
  switch (item.type) {
    case "single": {
      const { choice } = answer as SingleAnswer;
      if (!optionIds.includes(choice)) return { ok: false, message: `"${choice}" is not an option of item ${item.id}` };
      break;
    }
    case "multiple": {
      const { choices } = answer as MultipleAnswer;
      const unknown = choices.filter((c) => !optionIds.includes(c));
      if (unknown.length) return { ok: false, message: `${unknown.map((c) => `"${c}"`).join(", ")} not an option of item ${item.id}` };
      if (new Set(choices).size !== choices.length) return { ok: false, message: "an option is chosen twice" };
      break;
    }
    case "ordering": {
      const { order } = answer as OrderingAnswer;
      if (order.length !== optionIds.length || [...order].sort().join() !== [...optionIds].sort().join()) {
        return { ok: false, message: `the order must list each of the ${optionIds.length} steps exactly once` };
      }
      break;
    }
    case "numeric": {
      const { value, unit } = answer as NumericAnswer;
      if (unit !== undefined && convertUnit(value, unit, item.unit) === null) {
        return { ok: false, message: `unit "${unit}" cannot be converted to this item's unit "${item.unit}"` };
      }
      break;
    }
    case "hotspot": {
      const { x, y } = answer as HotspotAnswer;
      if (x < 0 || y < 0 || x > FIGURE_VIEWBOX.width || y > FIGURE_VIEWBOX.height) {
        return { ok: false, message: `the point must lie inside the figure (0–${FIGURE_VIEWBOX.width}, 0–${FIGURE_VIEWBOX.height})` };
      }
      break;
    }
    case "truefalse":
      break;
  }
  return { ok: true, answer };
}

/** Credit in [0, 1] for a valid answer (use validateAnswer first); a missing answer scores 0. */
export function scoreItem(item: Item, answer: Answer | null | undefined): number {
  if (answer == null) return 0;
  switch (item.type) {
    case "single":
      return (answer as SingleAnswer).choice === item.key ? 1 : 0;
    case "truefalse":
      return (answer as TrueFalseAnswer).value === item.key ? 1 : 0;
    case "multiple": {
      const chosen = new Set((answer as MultipleAnswer).choices);
      const key = new Set(item.key);
      let right = 0;
      let wrong = 0;
      for (const c of chosen) {
        if (key.has(c)) right++;
        else wrong++;
      }
      return Math.max(0, (right - wrong) / key.size);
    }
    case "numeric": {
      const { value, unit } = answer as NumericAnswer;
      const inItemUnit = convertUnit(value, unit ?? item.unit, item.unit);
      if (inItemUnit === null) return 0;
      // A tiny epsilon so 0.1 + 0.2-style float noise (e.g. after cm → mm) does not cost a point.
      return Math.abs(inItemUnit - item.key.value) <= item.key.tolerance + 1e-9 ? 1 : 0;
    }
    case "ordering": {
      const { order } = answer as OrderingAnswer;
      return order.length === item.key.length && order.every((id, i) => id === item.key[i]) ? 1 : 0;
    }
    case "hotspot": {
      const { x, y } = answer as HotspotAnswer;
      return item.regions.some((r) => item.key.includes(r.id) && pointInRegion(r, x, y)) ? 1 : 0;
    }
  }
}

/** Per-option feedback for the review: for each option, whether it was chosen and whether it is correct. */
export type ItemFeedback =
  | { type: "single" | "multiple"; key: string[]; chosen: string[] }
  | { type: "truefalse"; key: boolean; chosen: boolean | null }
  | { type: "numeric"; key: { value: number; tolerance: number; unit: Unit }; given: { value: number; unit: string } | null }
  | { type: "ordering"; key: string[]; given: string[] | null; positionsRight: boolean[] | null }
  | { type: "hotspot"; keyRegions: Region[]; given: { x: number; y: number } | null };

/** The key and the participant's answer side by side — only ever sent after the item is answered or the attempt graded. */
export function feedbackFor(item: Item, answer: Answer | null | undefined): ItemFeedback {
  switch (item.type) {
    case "single":
      return { type: "single", key: [item.key], chosen: answer ? [(answer as SingleAnswer).choice] : [] };
    case "multiple":
      return { type: "multiple", key: [...item.key], chosen: answer ? [...(answer as MultipleAnswer).choices] : [] };
    case "truefalse":
      return { type: "truefalse", key: item.key, chosen: answer ? (answer as TrueFalseAnswer).value : null };
    case "numeric": {
      const a = answer as NumericAnswer | null | undefined;
      return { type: "numeric", key: { ...item.key, unit: item.unit }, given: a ? { value: a.value, unit: a.unit ?? item.unit } : null };
    }
    case "ordering": {
      const given = answer ? (answer as OrderingAnswer).order : null;
      return { type: "ordering", key: [...item.key], given, positionsRight: given ? given.map((id, i) => id === item.key[i]) : null };
    }
    case "hotspot":
      return {
        type: "hotspot",
        keyRegions: item.regions.filter((r) => item.key.includes(r.id)),
        given: answer ? { x: (answer as HotspotAnswer).x, y: (answer as HotspotAnswer).y } : null,
      };
  }
}

/** Sum of credits, percentage (one decimal) and pass/fail at `passPercent`. */
export function totalScore(credits: readonly number[], maxScore: number, passPercent: number) {
  const score = credits.reduce((s, c) => s + c, 0);
  const percent = maxScore > 0 ? Math.round((score / maxScore) * 1000) / 10 : 0;
  // Pass/fail compares the exact ratio, not the rounded percentage shown (79.96 % is not a pass at 80 %).
  return { score: Math.round(score * 1000) / 1000, maxScore, percent, passed: maxScore > 0 && (score / maxScore) * 100 >= passPercent - 1e-9 };
}
