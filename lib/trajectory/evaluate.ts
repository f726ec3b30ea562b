import { getAnatomy } from "@/lib/anatomy/model";
import type { Vec3 } from "@/lib/anatomy/types";
import { TrajectoryInputError, type EvaluateRequest, type EvaluateResponse, type Violation } from "./schema";
import { angleToSkinDeg, downhill, resolveDirection, resolveEntry, traceNeedle } from "./geometry";
import { runRules } from "./rules";
import { fingerWidthMm } from "./finger";

/** Score: a critical violation gives 0; each major costs 40 points and each minor 10. */
export function scoreOf(violations: Violation[]): number {
  if (violations.some((v) => v.severity === "critical")) return 0;
  const major = violations.filter((v) => v.severity === "major").length;
  const minor = violations.filter((v) => v.severity === "minor").length;
  return Math.max(0, 100 - 40 * major - 10 * minor);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r1v = (p: Vec3): Vec3 => [r1(p[0]), r1(p[1]), r1(p[2])];

export function evaluateTrajectory(req: EvaluateRequest): EvaluateResponse {
  const model = getAnatomy(req.patient);
  const entry = resolveEntry(model, req);
  const normal = model.skinNormal(entry);
  const dir = resolveDirection(req, normal);
  const angle = angleToSkinDeg(dir, normal);
  if (angle <= 0) throw new TrajectoryInputError("direction", "the direction points out of the body at the entry point");
  const trace = traceNeedle(model, entry, dir, req.depthMm, req.technique === "paravertebral-deep");
  const tip: Vec3 = [entry[0] + dir[0] * trace.tipT, entry[1] + dir[1] * trace.tipT, entry[2] + dir[2] * trace.tipT];
  const midline = Math.abs(entry[0] - model.spinousLineX(entry[1]));
  const fingers = midline / fingerWidthMm(req.patient);
  const sign = req.entry.side === "left" ? 1 : -1;
  const dh = downhill(model, entry, dir, normal);
  const violations = runRules({
    req,
    model,
    entry,
    tip,
    dir,
    normal,
    trace,
    angleToSkinDeg: angle,
    downhill: dh,
    midlineDistanceMm: midline,
    fingerWidths: fingers,
    components: { ventral: dir[2], medial: -sign * dir[0], caudal: -dir[1] },
  });
  const reachedCritical = trace.penetrated.some((p) => p.structure === "pleura" || p.structure === "lung" || p.structure === "spinal-canal");
  const unsafe = reachedCritical || violations.some((v) => v.severity === "critical" || v.severity === "major");
  return {
    verdict: unsafe ? "unsafe" : "safe",
    score: scoreOf(violations),
    entryPoint: r1v(entry),
    tip: r1v(tip),
    penetrated: trace.penetrated,
    stoppedBy: trace.stoppedBy,
    pleuraMarginMm: r1(trace.pleuraMargin),
    skinToPleuraMm: trace.skinToPleura,
    angleToSkinDeg: r1(angle),
    downhill: dh,
    midlineDistanceMm: r1(midline),
    fingerWidths: Math.round(fingers * 100) / 100,
    violations,
    tipStructure: trace.tipStructure,
    reachedTarget: req.muscle ? trace.tipStructure === `muscle:${req.muscle}` : null,
  };
}
