/**
 * The parametric thorax (issue 5). `buildThorax` gives render meshes and landmarks; `getAnatomy` gives
 * the fast query model the trajectory evaluation uses. Both are memoised per parameter set.
 * Frame and sources: README.md.
 */
import { upVector, type PatientParams, type ThoraxModel, type Vec3 } from "./types";
import { getAnatomy, normaliseParams, paramsKey } from "./model";
import { buildMeshes } from "./mesh";

export * from "./types";
export { getAnatomy, normaliseParams, DEFAULT_HEIGHT_CM } from "./model";
export type { AnatomyModel } from "./model";
export { labelFor } from "./labels";
export { SOURCES } from "./sources";
export { sampleSection } from "./section";
export type { Section } from "./section";

const cache = new Map<string, ThoraxModel>();

export function buildThorax(params: PatientParams): ThoraxModel {
  const np = normaliseParams(params);
  const key = paramsKey(np);
  const hit = cache.get(key);
  if (hit) return hit;
  const m = getAnatomy(np);
  const spinousTips: Record<string, Vec3> = {};
  const transverseTips: Record<string, Vec3> = {};
  for (const vt of m.column) {
    spinousTips[vt.level] = vt.spTip;
    transverseTips[`${vt.level}-left`] = vt.tpTip.left;
    transverseTips[`${vt.level}-right`] = vt.tpTip.right;
  }
  const ribAngles: Record<string, Vec3> = {};
  for (const r of m.skeleton.ribs) ribAngles[`${r.k}-${r.side}`] = r.angle;
  const model: ThoraxModel = { params: np, up: upVector(np.position), structures: buildMeshes(m), landmarks: { spinousTips, transverseTips, ribAngles } };
  cache.set(key, model);
  if (cache.size > 8) cache.delete(cache.keys().next().value!);
  return model;
}
