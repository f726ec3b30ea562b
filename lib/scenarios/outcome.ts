import { evaluateRequestSchema, evaluateTrajectory, TrajectoryInputError, type EvaluateRequest, type EvaluateResponse } from "@/lib/trajectory";
import type { Scenario, Submission, Trajectory } from "./schema";

/**
 * Judges one submission against a scenario's success rule. Pure and deterministic: the browser calls
 * it for live feedback in practice mode; the server calls it to grade the practical assessment (the
 * browser's own verdict is never used there).
 */

export type Bilingual = { nl: string; en: string };
export type Check = { id: string; passed: boolean; label: Bilingual };
export type Outcome = {
  /** Every check passed. */
  success: boolean;
  /** A needle was placed and the evaluation said "unsafe" (pleura, spinal canal, a critical or major rule). */
  unsafe: boolean;
  /** The learner needled where the answer was to decline, or declined where a safe needle was expected. */
  wrongAction: boolean;
  checks: Check[];
  evaluation: EvaluateResponse | null;
};

type PatientLike = Pick<Scenario, "patient" | "adjustable">;

/** The scenario's patient with the learner's allowed adjustments (towel, position) applied. */
export function effectivePatient(s: PatientLike, adjustments: { shoulderRetraction?: boolean; position?: Scenario["patient"]["position"] } = {}) {
  const patient = { ...s.patient };
  if (s.adjustable.includes("shoulderRetraction") && adjustments.shoulderRetraction !== undefined) patient.shoulderRetraction = adjustments.shoulderRetraction;
  if (s.adjustable.includes("position") && adjustments.position !== undefined) patient.position = adjustments.position;
  return patient;
}

/** The evaluation request for a needle in this scenario, validated by the contract's own schema. */
export function requestFor(s: PatientLike, trajectory: Trajectory, adjustments: { shoulderRetraction?: boolean; position?: Scenario["patient"]["position"] } = {}): EvaluateRequest {
  const patient = effectivePatient(s, adjustments);
  const { heightCm: _height, ...contractPatient } = patient;
  void _height;
  return evaluateRequestSchema.parse({ patient: contractPatient, ...trajectory });
}

/** The evaluation, or null when the trajectory is impossible on this patient (TrajectoryInputError). */
export function tryEvaluate(req: EvaluateRequest): EvaluateResponse | null {
  try {
    return evaluateTrajectory(req);
  } catch (err) {
    if (err instanceof TrajectoryInputError) return null;
    throw err;
  }
}

const pct = (n: number) => Math.round(n * 10) / 10;

export function judgeSubmission(s: Scenario, submission: Submission): Outcome {
  if (submission.action === "decline") return judgeEvaluated(s, submission, null);
  return judgeEvaluated(s, submission, tryEvaluate(requestFor(s, submission.trajectory, submission.adjustments)));
}

/**
 * The judgement given an evaluation already made for exactly this submission (the viewer has one at
 * hand for its read-outs); null for a decline or an impossible trajectory.
 */
export function judgeEvaluated(s: Scenario, submission: Submission, evaluation: EvaluateResponse | null): Outcome {
  const rule = s.success;
  const checks: Check[] = [];
  const add = (id: string, passed: boolean, nl: string, en: string) => checks.push({ id, passed, label: { nl, en } });

  if (submission.action === "decline") {
    const expected = rule.action === "decline";
    add("action", expected,
      expected ? "Terecht afgezien van needlen" : "Afgezien van needlen, terwijl een veilige naald mogelijk was",
      expected ? "Rightly declined to needle" : "Declined, although a safe needle was possible");
    if (expected) {
      const okReason = (rule.declineReasons ?? []).includes(submission.reason);
      add("reason", okReason, okReason ? "Juiste reden genoemd" : "De reden past niet bij deze situatie", okReason ? "The right reason given" : "The reason does not fit this situation");
    }
    return { success: checks.every((c) => c.passed), unsafe: false, wrongAction: !expected, checks, evaluation: null };
  }

  const { trajectory, adjustments } = submission;
  const patient = effectivePatient(s, adjustments);
  if (!evaluation) {
    // Well-formed but impossible on this patient (e.g. pointing out of the body): no needle went in.
    add("evaluable", false, "Deze naald gaat op dit punt het lichaam niet in", "This needle does not enter the body at this point");
    return { success: false, unsafe: false, wrongAction: rule.action !== "needle", checks, evaluation: null };
  }
  const unsafe = evaluation.verdict === "unsafe";
  const broken = new Set<string>(evaluation.violations.map((v) => v.rule));

  const expectedNeedle = rule.action === "needle";
  add("action", expectedNeedle,
    expectedNeedle ? "Gekozen om te needlen" : "Genaald, terwijl afzien het juiste antwoord was",
    expectedNeedle ? "Chose to needle" : "Needled, although declining was the right answer");
  add("verdict", !unsafe, unsafe ? "Traject onveilig" : "Traject veilig", unsafe ? "Trajectory unsafe" : "Trajectory safe");
  if (expectedNeedle) {
    const techniqueOk = s.allowedTechniques.includes(trajectory.technique);
    add("technique", techniqueOk, techniqueOk ? "Toegestane techniek" : "Techniek niet passend bij deze casus", techniqueOk ? "Technique allowed" : "Technique not suitable for this case");
    const needleOk = s.needleLengthsMm.includes(trajectory.needleLengthMm);
    add("needle", needleOk, needleOk ? `Naald van ${trajectory.needleLengthMm} mm` : `Naald van ${trajectory.needleLengthMm} mm is hier niet beschikbaar`, needleOk ? `${trajectory.needleLengthMm} mm needle` : `A ${trajectory.needleLengthMm} mm needle is not available here`);
    if (rule.reachTarget && s.targetMuscle) {
      const reached = evaluation.penetrated.some((p) => p.structure === `muscle:${s.targetMuscle}`);
      add("target", reached, reached ? "Doelspier bereikt" : "Doelspier niet bereikt", reached ? "Target muscle reached" : "Target muscle not reached");
    }
    if (rule.levels) {
      const ok = rule.levels.includes(trajectory.entry.level);
      add("level", ok, ok ? `Niveau ${trajectory.entry.level}` : `Niveau ${trajectory.entry.level}: verwacht ${rule.levels.join("/")}`, ok ? `Level ${trajectory.entry.level}` : `Level ${trajectory.entry.level}: expected ${rule.levels.join("/")}`);
    }
    if (rule.side) {
      const ok = rule.side === trajectory.entry.side;
      const nlSide = { left: "links", right: "rechts" } as const;
      add("side", ok, ok ? `Kant: ${nlSide[trajectory.entry.side]}` : `Verkeerde kant (verwacht ${nlSide[rule.side]})`, ok ? `Side: ${trajectory.entry.side}` : `Wrong side (expected ${rule.side})`);
    }
    for (const id of rule.rulesKept) {
      const kept = !broken.has(id);
      add(`rule:${id}`, kept, kept ? `${id} nageleefd` : `${id} overtreden`, kept ? `${id} kept` : `${id} broken`);
    }
    if (rule.require.shoulderRetraction !== undefined) {
      const ok = patient.shoulderRetraction === rule.require.shoulderRetraction;
      add("patient:shoulderRetraction", ok,
        rule.require.shoulderRetraction ? (ok ? "Handdoek onder de schouder gelegd" : "Geen handdoek onder de schouder") : ok ? "Zonder handdoek gewerkt" : "Handdoek gebruikt waar dat niet kon",
        rule.require.shoulderRetraction ? (ok ? "Towel placed under the shoulder" : "No towel under the shoulder") : ok ? "Worked without a towel" : "Used a towel where that was not possible");
    }
    if (rule.require.position) {
      const ok = rule.require.position.includes(patient.position);
      add("patient:position", ok, ok ? "Juiste houding van de patiënt" : "Houding van de patiënt past niet", ok ? "Suitable patient position" : "Patient position not suitable");
    }
    if (rule.minPleuraMarginMm !== undefined) {
      const ok = evaluation.pleuraMarginMm >= rule.minPleuraMarginMm;
      add("pleura-margin", ok,
        `Marge tot de pleura ${pct(evaluation.pleuraMarginMm)} mm (minimaal ${rule.minPleuraMarginMm})`,
        `Pleura margin ${pct(evaluation.pleuraMarginMm)} mm (at least ${rule.minPleuraMarginMm})`);
    }
  }
  return { success: checks.every((c) => c.passed), unsafe, wrongAction: !expectedNeedle, checks, evaluation };
}
