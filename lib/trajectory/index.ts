/**
 * Needle-trajectory evaluation after the fixed contract (/work/shared/spec/trajectory-api.md). Pure
 * TypeScript: the API route and the browser's live feedback call the same functions.
 */
import { getAnatomy } from "@/lib/anatomy/model";
import { TrajectoryInputError as InputError } from "./schema";
import { LEVELS, type Level, type PatientParams, type Vec3 } from "@/lib/anatomy/types";

export { evaluateRequestSchema, TECHNIQUES, HEADINGS, TrajectoryInputError } from "./schema";
export type { EvaluateRequest, EvaluateRequestInput, EvaluateResponse, Violation, Severity, RuleId, Technique, Heading } from "./schema";
export { evaluateTrajectory, scoreOf } from "./evaluate";
export { RULES, PINCER_MUSCLES, PARASPINAL_MUSCLES, PERISCAPULAR_MUSCLES } from "./rules";
export type { Rule, RuleContext } from "./rules";
export { fingerWidthMm } from "./finger";

export type EntrySpec = { level: Level; side: "left" | "right"; lateralMm: number; offsetMm: number };

/**
 * Turn a clicked point on the skin into an entry (level of the nearest spinous tip, side, lateral
 * distance from the midline, cranial offset). null when the point is not on the posterior skin.
 */
export function entryFromSkinPoint(params: PatientParams, point: Vec3): EntrySpec | null {
  const m = getAnatomy(params);
  const [x, y] = point;
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(point[2])) return null;
  const lateralMm = Math.abs(x);
  if (lateralMm > 250) return null;
  const skin = m.posteriorSkinPoint(x, y);
  if (!skin || Math.abs(skin[2] - point[2]) > 15) return null;
  let best: Level = LEVELS[0];
  let bestD = Infinity;
  for (const l of LEVELS) {
    const d = Math.abs(m.spinousTip(l)[1] - y);
    if (d < bestD) {
      bestD = d;
      best = l;
    }
  }
  const offsetMm = y - m.spinousTip(best)[1];
  if (Math.abs(offsetMm) > 60) return null;
  return { level: best, side: x >= 0 ? "left" : "right", lateralMm: Math.round(lateralMm * 10) / 10, offsetMm: Math.round(offsetMm * 10) / 10 };
}

export type EntryFrame = {
  /** Entry point on the posterior skin (model frame, mm). */
  point: Vec3;
  /** Outward unit normal of the skin there. */
  normal: Vec3;
  /** Orthonormal tangents of the skin plane pointing cranially and (orthogonalised) laterally, for headings at any angle. */
  cranial: Vec3;
  lateral: Vec3;
};

/**
 * The local skin frame at an entry, so a client can turn "angle to the skin + heading angle" into the
 * contract's anatomical direction components. Throws TrajectoryInputError when the entry misses the skin.
 */
export function entryFrame(params: PatientParams, entry: EntrySpec): EntryFrame {
  const m = getAnatomy(params);
  const sign = entry.side === "left" ? 1 : -1;
  const point = m.posteriorSkinPoint(sign * entry.lateralMm, m.spinousTip(entry.level)[1] + entry.offsetMm);
  if (!point) throw new InputError("entry.lateralMm", "the entry line misses the posterior skin of this patient (too far lateral)");
  const normal = m.skinNormal(point);
  const project = (v: Vec3): Vec3 => {
    const k = v[0] * normal[0] + v[1] * normal[1] + v[2] * normal[2];
    const t: Vec3 = [v[0] - k * normal[0], v[1] - k * normal[1], v[2] - k * normal[2]];
    const l = Math.hypot(t[0], t[1], t[2]) || 1;
    return [t[0] / l, t[1] / l, t[2] / l];
  };
  const cranial = project([0, 1, 0]);
  // lateral: in the skin plane and orthogonal to `cranial` (an orthonormal tangent basis)
  const lat = project([sign, 0, 0]);
  const k = lat[0] * cranial[0] + lat[1] * cranial[1] + lat[2] * cranial[2];
  const lateral = project([lat[0] - k * cranial[0], lat[1] - k * cranial[1], lat[2] - k * cranial[2]]);
  return { point, normal, cranial, lateral };
}
