import { z } from "zod";
import { isRecommendationId } from "@/lib/recommendations/registry";

/**
 * Trainer scenarios: one JSON file per scenario in content/scenarios/. Pure (no fs, no React): the
 * loader in ./load.ts reads the files; the viewer and the practical assessment use the types.
 *
 * The enumerations mirror the fixed evaluation contract (../../../shared/spec/trajectory-api.md);
 * every trajectory is validated once more by lib/trajectory's own schema before it is evaluated.
 */

export const LEVELS = [
  "C1", "C2", "C3", "C4", "C5", "C6", "C7",
  "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
  "L1", "L2", "L3", "L4", "L5",
] as const;
export type Level = (typeof LEVELS)[number];

export const TECHNIQUES = ["pincer", "flat-over-rib", "flat-across-rib", "paraspinal-wall", "paravertebral-deep", "other"] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const MUSCLES = [
  "trapezius-upper", "trapezius-middle", "trapezius-lower", "rhomboid-major", "rhomboid-minor",
  "levator-scapulae", "iliocostalis", "longissimus", "multifidus", "infraspinatus", "latissimus-dorsi",
  "serratus-posterior-superior", "obliquus-capitis-inferior", "quadratus-lumborum", "pectoralis-major", "teres-major",
] as const;
export type Muscle = (typeof MUSCLES)[number];

export const POSITIONS = ["prone", "side-lying", "supine"] as const;
export const HEADINGS = ["cranial", "caudal", "medial", "lateral"] as const;

/** Rule ids a trajectory can break: recommendation IDs plus the two structure hits of the contract. */
export const STRUCTURE_RULES = ["PLEURA", "SPINAL-CANAL"] as const;
const ruleIdSchema = z
  .string()
  .refine((id) => isRecommendationId(id) || (STRUCTURE_RULES as readonly string[]).includes(id), {
    message: "unknown rule id (expected a recommendation ID or PLEURA / SPINAL-CANAL)",
  });
const recommendationIdSchema = z.string().refine(isRecommendationId, { message: "unknown recommendation ID" });

const text = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();

export const patientSchema = z
  .object({
    sex: z.enum(["female", "male"]),
    bmi: z.number().min(16).max(45),
    scoliosis: z.boolean(),
    shoulderRetraction: z.boolean(),
    position: z.enum(POSITIONS),
    heightCm: z.number().min(140).max(210).optional(),
  })
  .strict();
export type ScenarioPatient = z.infer<typeof patientSchema>;

/** Patient settings the learner may change in a scenario (e.g. putting a towel under the shoulder). */
export const ADJUSTABLE = ["shoulderRetraction", "position"] as const;
export type Adjustable = (typeof ADJUSTABLE)[number];

export const entrySchema = z
  .object({
    level: z.enum(LEVELS),
    side: z.enum(["left", "right"]),
    lateralMm: z.number().min(0).max(250),
    offsetMm: z.number().min(-60).max(60).default(0),
  })
  .strict();

export const directionSchema = z.union([
  z.object({ ventral: z.number(), medial: z.number(), caudal: z.number() }).strict(),
  z.object({ angleToSkinDeg: z.number().min(0).max(90), heading: z.enum(HEADINGS) }).strict(),
]);
export type Direction = z.infer<typeof directionSchema>;

/** The needle part of a submission: everything of an evaluation request except the patient. */
export const trajectorySchema = z
  .object({
    technique: z.enum(TECHNIQUES),
    muscle: z.enum(MUSCLES).optional(),
    entry: entrySchema,
    direction: directionSchema,
    depthMm: z.number().positive().max(150),
    needleLengthMm: z.number().min(10).max(150),
  })
  .strict()
  .refine((t) => t.depthMm <= t.needleLengthMm, { message: "depth beyond the needle's length", path: ["depthMm"] });
export type Trajectory = z.infer<typeof trajectorySchema>;

export const DECLINE_REASONS = ["scoliosis", "rib-not-palpable", "above-c2", "contraindication", "other"] as const;

/** What a learner hands in for one scenario: a needle, or the decision not to needle. */
export const submissionSchema = z.discriminatedUnion("action", [
  z
    .object({
      action: z.literal("needle"),
      trajectory: trajectorySchema,
      /** Only the scenario's `adjustable` settings are taken from here; the rest of the patient is fixed. */
      adjustments: z
        .object({ shoulderRetraction: z.boolean().optional(), position: z.enum(POSITIONS).optional() })
        .strict()
        .default({}),
    })
    .strict(),
  z.object({ action: z.literal("decline"), reason: z.enum(DECLINE_REASONS) }).strict(),
]);
export type Submission = z.infer<typeof submissionSchema>;
export type SubmissionInput = z.input<typeof submissionSchema>;

export const successRuleSchema = z
  .object({
    /** "needle": a safe needle is expected; "decline": the right answer is not to needle. */
    action: z.enum(["needle", "decline"]),
    /** The target muscle must appear among the penetrated structures. */
    reachTarget: z.boolean().default(true),
    /** Entry levels accepted (the trigger point's level and its neighbours); omitted: any. */
    levels: z.array(z.enum(LEVELS)).min(1).optional(),
    /** Entry side accepted; omitted: either. */
    side: z.enum(["left", "right"]).optional(),
    /** Rules that must not appear among the violations (in addition to a safe verdict). */
    rulesKept: z.array(ruleIdSchema).default([]),
    /** Patient settings the learner has to choose (e.g. the towel under the shoulder, TECH-6). */
    require: z
      .object({ shoulderRetraction: z.boolean().optional(), position: z.array(z.enum(POSITIONS)).min(1).optional() })
      .strict()
      .default({}),
    /** Minimum shortest distance between shaft and pleura, mm. */
    minPleuraMarginMm: z.number().min(0).optional(),
    /** For "decline": reasons that count as the right one. */
    declineReasons: z.array(z.enum(DECLINE_REASONS)).min(1).optional(),
  })
  .strict();
export type SuccessRule = z.infer<typeof successRuleSchema>;

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id: lower-case words joined by hyphens"),
    order: z.number().int().min(0),
    title: text,
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    brief: text,
    debrief: text,
    patient: patientSchema,
    adjustable: z.array(z.enum(ADJUSTABLE)).default([]),
    /** Where the trigger point lies: the viewer starts there. */
    region: z.object({ level: z.enum(LEVELS), side: z.enum(["left", "right"]) }).strict(),
    targetMuscle: z.enum(MUSCLES).nullable(),
    allowedTechniques: z.array(z.enum(TECHNIQUES)).min(1),
    needleLengthsMm: z.array(z.number().min(10).max(150)).min(1),
    recommendations: z.array(recommendationIdSchema).min(1),
    success: successRuleSchema,
    /**
     * "practice": listed in the trainer with live feedback and a model solution. "practical": one of the
     * unseen cases of the assessment "practical:thoracic" — never shown in practice mode, so its
     * solution cannot be looked up beforehand.
     */
    use: z.enum(["practice", "practical"]),
    /**
     * One submission that meets the success rule: proves in the tests that the scenario can be solved,
     * and is shown in the debrief. Never sent to the browser before the scenario is finished.
     */
    reference: submissionSchema,
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.success.action === "decline") {
      if (!s.success.declineReasons) ctx.addIssue({ code: "custom", path: ["success", "declineReasons"], message: "a decline scenario lists the accepted reasons" });
      if (s.reference.action !== "decline") ctx.addIssue({ code: "custom", path: ["reference"], message: "the reference of a decline scenario declines" });
    } else {
      if (s.reference.action !== "needle") ctx.addIssue({ code: "custom", path: ["reference"], message: "the reference of a needle scenario places a needle" });
      if (s.success.reachTarget && !s.targetMuscle) ctx.addIssue({ code: "custom", path: ["targetMuscle"], message: "reachTarget needs a target muscle" });
      if (s.reference.action === "needle" && !s.allowedTechniques.includes(s.reference.trajectory.technique)) {
        ctx.addIssue({ code: "custom", path: ["reference", "trajectory", "technique"], message: "the reference uses a technique the scenario does not allow" });
      }
    }
    for (const key of Object.keys(s.success.require) as Adjustable[]) {
      if (!s.adjustable.includes(key)) ctx.addIssue({ code: "custom", path: ["success", "require", key], message: `requires ${key} but the learner cannot change it (add it to adjustable)` });
    }
  });
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/**
 * What the browser gets of a practical case before the attempt is graded: no success rule, no allowed
 * techniques or recommendations (they would hint at the answer), no reference, no debrief.
 */
export type PublicScenario = Pick<Scenario, "id" | "order" | "title" | "difficulty" | "brief" | "patient" | "adjustable" | "region" | "targetMuscle" | "needleLengthsMm">;

export function publicScenario(s: Scenario): PublicScenario {
  const { id, order, title, difficulty, brief, patient, adjustable, region, targetMuscle, needleLengthsMm } = s;
  return { id, order, title, difficulty, brief, patient, adjustable, region, targetMuscle, needleLengthsMm };
}
