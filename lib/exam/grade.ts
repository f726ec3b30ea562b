/**
 * Grading an attempt (pure): the drawn content, the saved answers and the bank give each item's credit
 * and the total. The item version stored is the one drawn (what the participant saw); when the bank's
 * item has changed since, the version graded against is stored too, so a record stays explainable.
 * An item withdrawn from the bank since the draw is left out of the maximum score.
 */
import { itemVersion, type QuestionBank } from "@/lib/questions/bank";
import type { AttemptContent } from "./draw";
import { scoreItem, totalScore, type Answer } from "./scoring";

export type GradedItem = { itemId: string; version: string; gradedVersion: string | null; answered: boolean; credit: number; scored: boolean };
export type GradeResult = {
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  items: GradedItem[];
};

export function gradeContent(
  content: AttemptContent,
  answers: ReadonlyMap<string, Answer>,
  bank: QuestionBank,
  passPercent: number,
): GradeResult {
  const byId = new Map(bank.items.map((i) => [i.id, i]));
  const items: GradedItem[] = content.items.map((drawn) => {
    const item = byId.get(drawn.id);
    const answer = answers.get(drawn.id) ?? null;
    if (!item) return { itemId: drawn.id, version: drawn.version, gradedVersion: null, answered: answer !== null, credit: 0, scored: false };
    return {
      itemId: drawn.id,
      version: drawn.version,
      gradedVersion: itemVersion(item),
      answered: answer !== null,
      credit: scoreItem(item, answer),
      scored: true,
    };
  });
  const scored = items.filter((i) => i.scored);
  return { ...totalScore(scored.map((i) => i.credit), scored.length, passPercent), items };
}

export function parseContent(json: string): AttemptContent {
  const value = JSON.parse(json) as AttemptContent;
  if (value?.v !== 1 || !Array.isArray(value.items)) throw new Error("attempt content has an unknown format");
  return value;
}
