/**
 * Assessment settings. The thoracic theory exam's defaults follow issue 4 (30 items, 80 %, 45 min,
 * 3 attempts, 24 h cool-down); an operator can change them with NAALDWIJZER_EXAM_* environment variables
 * (validated; a bad value fails loudly at start-up instead of silently using a default).
 */
import { z } from "zod";
import { BANK_CHAPTERS, MODULE_SLUGS, type BankChapter, type ModuleSlug } from "@/lib/questions/schema";

export const EXAM_ID = "exam:thoracic-theory" as const;
export type QuizId = `quiz:${ModuleSlug}`;
export type AssessmentId = typeof EXAM_ID | QuizId;

export type ExamConfig = {
  assessmentId: typeof EXAM_ID;
  items: number;
  passPercent: number;
  timeLimitMinutes: number;
  maxAttempts: number;
  cooldownHours: number;
  /**
   * Items per chapter (chapter = the item id's prefix, i.e. its bank file). The thoracic exam weighs the
   * pneumothorax and technique chapters most (their case sets count towards them). Quotas add up to `items`; when a chapter's pool is too small
   * the shortfall is filled from the other chapters, so the exam always has `items` questions.
   */
  blueprint: Partial<Record<BankChapter, number>>;
};

export type QuizConfig = {
  passPercent: number;
  /** the most items a quiz attempt draws from the module's quiz pool (all of them when fewer) */
  maxItems: number;
};

export const DEFAULT_BLUEPRINT: Partial<Record<BankChapter, number>> = {
  pnx: 10,
  tech: 10,
  tst: 3,
  neu: 3,
  alg: 2,
  cmp: 1,
  inf: 1,
};

export const DEFAULT_EXAM_CONFIG: ExamConfig = {
  assessmentId: EXAM_ID,
  items: 30,
  passPercent: 80,
  timeLimitMinutes: 45,
  maxAttempts: 3,
  cooldownHours: 24,
  blueprint: DEFAULT_BLUEPRINT,
};

export const DEFAULT_QUIZ_CONFIG: QuizConfig = { passPercent: 80, maxItems: 12 };

/** Thresholds for flagging items in the statistics (classical test theory rules of thumb). */
export const ITEM_FLAG_THRESHOLDS = {
  /** fewer responses than this: statistics shown, no flags (too noisy) */
  minResponses: 5,
  tooHard: 0.2,
  tooEasy: 0.95,
  lowDiscrimination: 0.2,
  /** a wrong option chosen by fewer than this share of respondents does not work as a distractor */
  nonFunctioningDistractor: 0.05,
} as const;

const envNumber = (min: number, max: number, int = true) =>
  z.coerce
    .number()
    .refine((n) => Number.isFinite(n) && (!int || Number.isInteger(n)), { error: int ? "must be a whole number" : "must be a number" })
    .pipe(z.number().min(min).max(max))
    .optional();

const envSchema = z.object({
  NAALDWIJZER_EXAM_ITEMS: envNumber(1, 200),
  NAALDWIJZER_EXAM_PASS_PERCENT: envNumber(1, 100, false),
  NAALDWIJZER_EXAM_TIME_LIMIT_MINUTES: envNumber(1, 24 * 60),
  NAALDWIJZER_EXAM_MAX_ATTEMPTS: envNumber(1, 100),
  NAALDWIJZER_EXAM_COOLDOWN_HOURS: envNumber(0, 24 * 365, false),
});

/** The exam settings: defaults, overridden by valid environment variables. */
export function examConfig(env: Record<string, string | undefined> = process.env): ExamConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid exam configuration: ${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`);
  }
  const e = parsed.data;
  const items = e.NAALDWIJZER_EXAM_ITEMS ?? DEFAULT_EXAM_CONFIG.items;
  return {
    ...DEFAULT_EXAM_CONFIG,
    items,
    passPercent: e.NAALDWIJZER_EXAM_PASS_PERCENT ?? DEFAULT_EXAM_CONFIG.passPercent,
    timeLimitMinutes: e.NAALDWIJZER_EXAM_TIME_LIMIT_MINUTES ?? DEFAULT_EXAM_CONFIG.timeLimitMinutes,
    maxAttempts: e.NAALDWIJZER_EXAM_MAX_ATTEMPTS ?? DEFAULT_EXAM_CONFIG.maxAttempts,
    cooldownHours: e.NAALDWIJZER_EXAM_COOLDOWN_HOURS ?? DEFAULT_EXAM_CONFIG.cooldownHours,
    blueprint: items === DEFAULT_EXAM_CONFIG.items ? DEFAULT_BLUEPRINT : scaleBlueprint(DEFAULT_BLUEPRINT, items),
  };
}

/** Scales quotas to another exam length (largest remainder), keeping the chapters' proportions. */
export function scaleBlueprint(blueprint: Partial<Record<BankChapter, number>>, total: number): Partial<Record<BankChapter, number>> {
  const entries = BANK_CHAPTERS.filter((c) => (blueprint[c] ?? 0) > 0).map((c) => [c, blueprint[c]!] as const);
  const sum = entries.reduce((s, [, n]) => s + n, 0);
  const raw = entries.map(([c, n]) => ({ c, exact: (n * total) / sum }));
  const out: Partial<Record<BankChapter, number>> = {};
  let given = 0;
  for (const r of raw) {
    out[r.c] = Math.floor(r.exact);
    given += out[r.c]!;
  }
  const byRemainder = [...raw].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)));
  for (let i = 0; given < total; i = (i + 1) % byRemainder.length) {
    out[byRemainder[i]!.c]! += 1;
    given += 1;
  }
  return out;
}

export function quizId(slug: ModuleSlug): QuizId {
  return `quiz:${slug}`;
}

/** Parses an assessment id: the exam or a module quiz; null for anything else. */
export function parseAssessmentId(value: string): { kind: "exam" } | { kind: "quiz"; module: ModuleSlug } | null {
  if (value === EXAM_ID) return { kind: "exam" };
  if (value.startsWith("quiz:")) {
    const slug = value.slice("quiz:".length);
    if ((MODULE_SLUGS as readonly string[]).includes(slug)) return { kind: "quiz", module: slug as ModuleSlug };
  }
  return null;
}
