/**
 * Needle-trajectory evaluation after the fixed contract (/work/shared/spec/trajectory-api.md). Pure
 * TypeScript: the API route and the browser's live feedback call the same functions.
 */
import { getAnatomy } from "@/lib/anatomy/model";
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
