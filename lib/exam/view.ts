/**
 * What the browser receives for an attempt. Before grading: stems, options in this attempt's order, the
 * participant's saved answers — never a key, an explanation or hotspot regions. For a module quiz, an item
 * answered (and thereby locked) also carries its feedback. After grading: the full review.
 */
import type { Case, Item, Locale } from "@/lib/questions/schema";
import { publicCase, publicItem, type PublicItem } from "@/lib/questions/bank";
import type { AttemptContent } from "./draw";
import type { GradeResult } from "./grade";
import { feedbackFor, scoreItem, type Answer, type ItemFeedback } from "./scoring";

export type ItemReview = { credit: number; correct: boolean; explanation: string; recs: string[]; detail: ItemFeedback };
export type AttemptViewItem = PublicItem & { position: number; answer: Answer | null; review?: ItemReview };
export type AttemptResultView = {
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  passPercent: number;
  durationSec: number | null;
  late: boolean;
  autoSubmitted: boolean;
};
export type AttemptView = {
  id: string;
  kind: "quiz" | "exam";
  assessmentId: string;
  status: "started" | "submitted" | "graded";
  locale: Locale;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  /** the server's clock when this view was made, so the client's timer follows the server */
  serverNow: string;
  items: AttemptViewItem[];
  cases: { id: string; scenario: string }[];
  result: AttemptResultView | null;
};

/** Stored in Attempt.result. */
export type StoredResult = GradeResult & { passPercent: number; late: boolean; autoSubmitted: boolean };

export type AttemptRecord = {
  id: string;
  kind: string;
  assessmentId: string;
  status: string;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  durationSec: number | null;
  content: AttemptContent;
  result: StoredResult | null;
};

export function reviewFor(item: Item, answer: Answer | null, locale: Locale, credit = scoreItem(item, answer)): ItemReview {
  return { credit, correct: credit === 1, explanation: item.explanation[locale], recs: [...item.recs], detail: feedbackFor(item, answer) };
}

export function buildAttemptView(
  attempt: AttemptRecord,
  answers: ReadonlyMap<string, Answer>,
  bank: { items: readonly Item[]; cases: readonly Case[] },
  locale: Locale,
  now: Date,
): AttemptView {
  const byId = new Map(bank.items.map((i) => [i.id, i]));
  const graded = attempt.status === "graded" && attempt.result !== null;
  const credits = new Map(attempt.result?.items.map((i) => [i.itemId, i.credit]) ?? []);
  const items: AttemptViewItem[] = [];
  const caseIds: string[] = [];
  attempt.content.items.forEach((drawn, index) => {
    const item = byId.get(drawn.id);
    if (!item) return;
    const pub = publicItem(item, locale);
    if ("options" in pub && drawn.options) {
      const byOption = new Map(pub.options.map((o) => [o.id, o]));
      pub.options = drawn.options.map((id) => byOption.get(id)).filter((o): o is { id: string; text: string } => o !== undefined);
    }
    if (item.caseId && !caseIds.includes(item.caseId)) caseIds.push(item.caseId);
    const answer = answers.get(item.id) ?? null;
    // Quiz items are locked once answered, so their feedback may go back right away; exam items never before grading.
    const showReview = graded || (attempt.kind === "quiz" && answer !== null);
    items.push({
      ...pub,
      position: index + 1,
      answer,
      ...(showReview ? { review: reviewFor(item, answer, locale, graded ? (credits.get(item.id) ?? 0) : undefined) } : {}),
    });
  });
  const cases = caseIds.flatMap((id) => {
    const c = bank.cases.find((x) => x.id === id);
    return c ? [publicCase(c, locale)] : [];
  });
  return {
    id: attempt.id,
    kind: attempt.kind === "exam" ? "exam" : "quiz",
    assessmentId: attempt.assessmentId,
    status: attempt.status as AttemptView["status"],
    locale,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    items,
    cases,
    result:
      graded && attempt.result
        ? {
            score: attempt.result.score,
            maxScore: attempt.result.maxScore,
            percent: attempt.result.percent,
            passed: attempt.result.passed,
            passPercent: attempt.result.passPercent,
            durationSec: attempt.durationSec,
            late: attempt.result.late,
            autoSubmitted: attempt.result.autoSubmitted,
          }
        : null,
  };
}
