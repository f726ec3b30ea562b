/**
 * The query model of one patient: point classification, skin surface, pleura distance and landmarks.
 * Built once per parameter set (memoised) and cheap to query, so trajectory evaluation is fast in Node
 * and in the browser.
 */
import { LEVELS, type Level, type PatientParams, type Vec3 } from "./types";
import { buildColumn, levelIndex, REFERENCE_STATURE_CM, type Vertebra } from "./column";
import { at, buildProfile, type SpineProfile } from "./profile";
import { buildBody, PLEURA_SHELL, type BodyQuery, type Layer } from "./body";
import { buildSkeleton, type SkeletonQuery } from "./skeleton";

/** Default stature: Dutch adults ≈ 180 cm (men), ≈ 167 cm (women) — CBS2022. */
export const DEFAULT_HEIGHT_CM = { male: 180, female: 167 } as const;

export function normaliseParams(p: PatientParams): Required<PatientParams> {
  return {
    sex: p.sex,
    bmi: Math.min(45, Math.max(16, p.bmi)),
    scoliosis: p.scoliosis,
    shoulderRetraction: p.shoulderRetraction,
    position: p.position,
    heightCm: p.heightCm ?? DEFAULT_HEIGHT_CM[p.sex],
  };
}
export const paramsKey = (p: Required<PatientParams>): string =>
  `${p.sex}|${p.bmi.toFixed(2)}|${p.scoliosis ? 1 : 0}|${p.shoulderRetraction ? 1 : 0}|${p.position}|${p.heightCm.toFixed(1)}`;

export type AnatomyModel = {
  params: Required<PatientParams>;
  /** Stature scale relative to the 175-cm reference skeleton. */
  s: number;
  column: Vertebra[];
  profile: SpineProfile;
  body: BodyQuery;
  skeleton: SkeletonQuery;
  /** Structure id at a point, or null outside the body. Bone wins over soft tissue. */
  classify(p: Vec3): string | null;
  /** Signed distance to the parietal pleura (negative inside the pleural cavity). */
  pleuraSd(p: Vec3): number;
  /** > 0 outside the skin, < 0 inside (radial mm). */
  skinF(p: Vec3): number;
  /** Layers (skin … floor) at a point's polar angle and height. */
  layersAt(p: Vec3): Layer[];
  levelY(level: Level): number;
  spinousTip(level: Level): Vec3;
  /** x of the line of spinous tips at height y (the palpable midline). */
  spinousLineX(y: number): number;
  /** Posterior skin point on the line (x, y, ·), or null if the line misses the body. */
  posteriorSkinPoint(x: number, y: number): Vec3 | null;
  /** Outward unit normal of the skin near p. */
  skinNormal(p: Vec3): Vec3;
};

const IDX_T1 = levelIndex("T1");
const IDX_T12 = levelIndex("T12");

/**
 * The skeleton (column, spine profile, ribs: ≈ 3.3 of the ≈ 3.5 ms a model takes to build) depends only
 * on sex, stature and scoliosis: the rib cage ring it reads from the body (sliceAt, ringR, ringZAtX,
 * xAngleAt) is independent of BMI, the towel and the position. Sharing it per frame makes a new BMI,
 * towel or position — what the viewer's controls change — cost ≈ 0.2 ms instead of a full rebuild.
 */
type Frame = { column: Vertebra[]; profile: SpineProfile; skeleton: SkeletonQuery };
const frames = new Map<string, Frame>();
export const frameKey = (p: Required<PatientParams>): string => `${p.sex}|${p.scoliosis ? 1 : 0}|${p.heightCm.toFixed(1)}`;

function build(params: Required<PatientParams>): AnatomyModel {
  const s = params.heightCm / REFERENCE_STATURE_CM;
  const fk = frameKey(params);
  const frame = frames.get(fk);
  const column = frame?.column ?? buildColumn(s, params.scoliosis);
  const profile = frame?.profile ?? buildProfile(column);
  const byLevel = new Map(column.map((v) => [v.level as string, v]));
  const levelY = (l: string) => byLevel.get(l)!.c[1];
  const tipY = (l: string) => byLevel.get(l)!.spTip[1];
  const body = buildBody(params, s, profile, levelY, tipY);
  const skeleton = frame?.skeleton ?? buildSkeleton(column, profile, body, s);
  if (!frame) {
    frames.set(fk, { column, profile, skeleton });
    if (frames.size > 16) frames.delete(frames.keys().next().value!);
  }
  const skinT = params.sex === "male" ? 2.4 : 2.0;

  function skinF(p: Vec3): number {
    const sl = body.sliceAt(p[1]);
    const dz = p[2] - sl.zc;
    const th = Math.atan2(p[0], -dz);
    const r = Math.sqrt(p[0] * p[0] + dz * dz);
    return r - body.stack(sl, th, r).skin;
  }
  function classify(p: Vec3): string | null {
    const px = p[0], py = p[1], pz = p[2];
    const sl = body.sliceAt(py);
    const dz = pz - sl.zc;
    const th = Math.atan2(px, -dz);
    const r = Math.sqrt(px * px + dz * dz);
    const st = body.stack(sl, th, r);
    if (r > st.skin) return null;
    const bone = skeleton.boneAt(px, py, pz, th, r);
    if (bone) return bone;
    const vol = skeleton.volumeAt(px, py, pz);
    if (vol) return vol;
    if (r >= st.floor) {
      if (r > st.skin - skinT) return "skin";
      if (r > st.fat0) return "subcutis";
      if (r < st.massTop) return body.paraspinalMuscle(sl, px, r, st.floor, st.massTop);
      // stack() above recorded its footprint layers; no second pass needed.
      return body.lastLayerAt(r) ?? "subcutis";
    }
    const sd = body.pleuraSd(px, py, pz);
    if (sd <= 0) return sd > -PLEURA_SHELL || body.lungSd(px, py, pz) > 0 ? "pleura" : "lung";
    const thoracic = sl.fi < IDX_T12 + 0.6 && sl.fi > IDX_T1 - 0.5;
    const axs = Math.abs(px - (params.scoliosis ? profile.bodyX[sl.L.i]! : 0));
    if (thoracic) {
      // Between the parietal pleura and the outer rib surface: the intercostal muscles; deeper: the mediastinum.
      const inner = body.ringR(sl, th) - 3.5 - 1.5;
      if (r >= inner - 0.5 && axs > (profile.tpx[sl.L.i] ?? 30) - 4 * s) return "muscle:intercostals";
      // Dorsal of the vertebral bodies beside the canal (intervertebral foramina, joints): not mediastinum.
      const zb = at(profile.bodyZ, sl.L), bb = at(profile.b, sl.L);
      if (pz < zb - bb && axs < at(profile.a, sl.L) + 8 * s) return "deep-tissue";
      if (r < inner) return "mediastinum";
    }
    return "deep-tissue";
  }
  function layersAt(p: Vec3): Layer[] {
    const sl = body.sliceAt(p[1]);
    const dz = p[2] - sl.zc;
    const th = Math.atan2(p[0], -dz);
    const r = Math.hypot(p[0], dz);
    const out: Layer[] = [];
    body.stack(sl, th, r, out);
    return out;
  }
  const tipXs = column.map((v) => v.spTip[0]);
  const tipYs = column.map((v) => v.spTip[1]);
  function spinousLineX(y: number): number {
    if (y >= tipYs[0]!) return tipXs[0]!;
    for (let i = 1; i < tipYs.length; i++) {
      if (y >= tipYs[i]!) {
        const t = (tipYs[i - 1]! - y) / (tipYs[i - 1]! - tipYs[i]!);
        return tipXs[i - 1]! + (tipXs[i]! - tipXs[i - 1]!) * t;
      }
    }
    return tipXs[tipXs.length - 1]!;
  }
  function posteriorSkinPoint(x: number, y: number): Vec3 | null {
    const sl = body.sliceAt(y);
    const f = (z: number) => skinF([x, y, z]);
    // Bracket the posterior skin from the dorsal side with coarse steps, then bisect.
    let zOut = sl.zc - sl.B - 160;
    if (f(zOut) <= 0) return null;
    let zIn = NaN;
    for (let z = zOut + 10; z <= sl.zc; z += 10) {
      if (f(z) <= 0) {
        zIn = z;
        break;
      }
      zOut = z;
    }
    if (Number.isNaN(zIn)) return null;
    // The skin is reached at most once within one 10-mm step; f is ≈ linear there: regula falsi + bisection.
    let fo = f(zOut), fi = f(zIn);
    for (let k = 0; k < 24 && zIn - zOut > 1e-4; k++) {
      const m = k % 2 === 0 ? zOut + (fo / (fo - fi)) * (zIn - zOut) : (zOut + zIn) / 2;
      const fm = f(m);
      if (fm > 0) {
        zOut = m;
        fo = fm;
      } else {
        zIn = m;
        fi = fm;
      }
    }
    return [x, y, (zOut + zIn) / 2];
  }
  function skinNormal(p: Vec3): Vec3 {
    const h = 0.5;
    const gx = skinF([p[0] + h, p[1], p[2]]) - skinF([p[0] - h, p[1], p[2]]);
    const gy = skinF([p[0], p[1] + h, p[2]]) - skinF([p[0], p[1] - h, p[2]]);
    const gz = skinF([p[0], p[1], p[2] + h]) - skinF([p[0], p[1], p[2] - h]);
    const l = Math.hypot(gx, gy, gz) || 1;
    return [gx / l, gy / l, gz / l];
  }
  return {
    params,
    s,
    column,
    profile,
    body,
    skeleton,
    classify,
    pleuraSd: (p) => body.pleuraSd(p[0], p[1], p[2]),
    skinF,
    layersAt,
    levelY: (l) => levelY(l),
    spinousTip: (l) => byLevel.get(l)!.spTip,
    spinousLineX,
    posteriorSkinPoint,
    skinNormal,
  };
}

const cache = new Map<string, AnatomyModel>();
/** Memoised query model per parameter set (LRU of 32). */
export function getAnatomy(p: PatientParams): AnatomyModel {
  const np = normaliseParams(p);
  const key = paramsKey(np);
  let m = cache.get(key);
  if (m) {
    cache.delete(key);
    cache.set(key, m);
    return m;
  }
  m = build(np);
  cache.set(key, m);
  if (cache.size > 32) cache.delete(cache.keys().next().value!);
  return m;
}

export { LEVELS };
