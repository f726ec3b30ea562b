import { EXAM_ID, parseAssessmentId } from "./config";

/** "m6-preventing-pneumothorax" → "M6": a short, language-neutral module label. */
export function moduleLabel(slug: string): string {
  const m = /^m(\d+)-/.exec(slug);
  return m ? `M${m[1]}` : slug;
}

/** Short label for an assessment id, for tables and charts. */
export function assessmentShortLabel(assessmentId: string, examLabel: string): string {
  if (assessmentId === EXAM_ID) return examLabel;
  const parsed = parseAssessmentId(assessmentId);
  return parsed?.kind === "quiz" ? moduleLabel(parsed.module) : assessmentId;
}
