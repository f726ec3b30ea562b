/**
 * The request schema of POST /api/v1/trajectories/evaluate, exactly as the fixed contract
 * (/work/shared/spec/trajectory-api.md) describes it, and the response type.
 */
import { z } from "zod";
import { LEVELS, MUSCLE_IDS } from "@/lib/anatomy/types";
import type { Vec3 } from "@/lib/anatomy/types";

export const TECHNIQUES = ["pincer", "flat-over-rib", "flat-across-rib", "paraspinal-wall", "paravertebral-deep", "other"] as const;
export type Technique = (typeof TECHNIQUES)[number];
export const HEADINGS = ["cranial", "caudal", "medial", "lateral"] as const;
export type Heading = (typeof HEADINGS)[number];

const finite = () => z.number().refine(Number.isFinite, { message: "must be a finite number" });

export const patientSchema = z.object({
  sex: z.enum(["female", "male"]),
  bmi: finite().min(16).max(45).default(24),
  scoliosis: z.boolean().default(false),
  shoulderRetraction: z.boolean().default(false),
  position: z.enum(["prone", "side-lying", "supine"]).default("prone"),
  /** Added field (the contract allows additions): body height in cm; defaults per sex. */
  heightCm: finite().min(140).max(210).optional(),
});

const anatomicalDirection = z
  .object({ ventral: finite(), medial: finite(), caudal: finite() })
  .refine((d) => Math.hypot(d.ventral, d.medial, d.caudal) > 1e-9, { message: "direction must not be the zero vector" });

const skinRelativeDirection = z.object({
  angleToSkinDeg: finite().min(0).max(90),
  heading: z.enum(HEADINGS),
});

export const directionSchema = z.union([anatomicalDirection, skinRelativeDirection], {
  error: "direction must be {ventral, medial, caudal} or {angleToSkinDeg, heading}",
});

export const evaluateRequestSchema = z
  .object({
    patient: patientSchema,
    technique: z.enum(TECHNIQUES),
    muscle: z.enum(MUSCLE_IDS).optional(),
    entry: z.object({
      level: z.enum(LEVELS),
      side: z.enum(["left", "right"]),
      lateralMm: finite().min(0).max(250),
      offsetMm: finite().min(-60).max(60).default(0),
    }),
    direction: directionSchema,
    depthMm: finite().gt(0),
    needleLengthMm: finite().min(10).max(150),
  })
  .superRefine((req, ctx) => {
    if (req.depthMm > req.needleLengthMm) {
      ctx.addIssue({ code: "custom", path: ["depthMm"], message: "depthMm must not exceed needleLengthMm" });
    }
  });

export type EvaluateRequest = z.infer<typeof evaluateRequestSchema>;
/** What a caller may send (defaults not yet applied). */
export type EvaluateRequestInput = z.input<typeof evaluateRequestSchema>;

export type Severity = "critical" | "major" | "minor";
export type RuleId =
  | "PNX-4" | "PNX-5" | "PNX-6" | "PNX-7" | "NEU-4" | "NEU-5"
  | "TECH-1" | "TECH-2" | "TECH-3" | "TECH-4" | "TECH-5" | "TECH-6"
  | "PLEURA" | "SPINAL-CANAL";

export type Violation = { rule: RuleId; severity: Severity; message: { nl: string; en: string } };

export type EvaluateResponse = {
  verdict: "safe" | "unsafe";
  score: number;
  entryPoint: Vec3;
  tip: Vec3;
  penetrated: { structure: string; depthMm: number }[];
  stoppedBy: string | null;
  pleuraMarginMm: number;
  skinToPleuraMm: number | null;
  angleToSkinDeg: number;
  downhill: boolean | null;
  midlineDistanceMm: number;
  fingerWidths: number;
  violations: Violation[];
  /** Added field: the structure the tip lies in (the bone it stopped on, if any). */
  tipStructure: string | null;
  /** Added field: whether the tip lies in the requested `muscle` (null when no muscle was given). */
  reachedTarget: boolean | null;
};

/** Input that is well-formed but impossible on this patient (e.g. an entry beside the body). Maps to 400. */
export class TrajectoryInputError extends Error {
  constructor(
    public readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "TrajectoryInputError";
  }
}
