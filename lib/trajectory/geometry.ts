/**
 * Needle geometry on the parametric thorax: entry point, direction, the ordered structures along the
 * shaft (boundaries found by bisection to < 0.01 mm), bone stop, pleura margin, skin-to-pleura along the
 * line, angle to the skin and the downhill test.
 */
import type { AnatomyModel } from "@/lib/anatomy/model";
import type { Vec3 } from "@/lib/anatomy/types";
import { clamp, deg, dot, norm, rad } from "@/lib/anatomy/math";
import { TrajectoryInputError, type EvaluateRequest, type Heading } from "./schema";

/** Sampling step along the needle; boundaries between samples are then bisected. */
export const STEP_MM = 1;
/**
 * Largest excursion outside the modelled skin surface that still counts as staying in the skin. Only a
 * needle that gets further out than this has really left the body (and may then re-enter the skin).
 */
export const GRAZE_MM = 0.5;
/** How far along the line skin-to-pleura is searched. */
const LINE_MAX_MM = 250;

export const isBone = (id: string) => id.startsWith("bone:");

export function resolveEntry(m: AnatomyModel, req: EvaluateRequest): Vec3 {
  const sign = req.entry.side === "left" ? 1 : -1;
  const y = m.spinousTip(req.entry.level)[1] + req.entry.offsetMm;
  const x = sign * req.entry.lateralMm;
  const p = m.posteriorSkinPoint(x, y);
  if (!p) throw new TrajectoryInputError("entry.lateralMm", "the entry line misses the posterior skin of this patient (too far lateral)");
  return p;
}

/** Unit needle direction from the request: anatomical components, or angle to the skin + heading at the entry normal n. */
export function resolveDirection(req: EvaluateRequest, n: Vec3): Vec3 {
  const sign = req.entry.side === "left" ? 1 : -1;
  const d = req.direction;
  let v: Vec3;
  if ("ventral" in d) {
    v = norm([-sign * d.medial, -d.caudal, d.ventral]);
  } else {
    const h = headingVector(d.heading, sign);
    // project the heading onto the skin's tangent plane
    const k = dot(h, n);
    const t = norm([h[0] - k * n[0], h[1] - k * n[1], h[2] - k * n[2]]);
    const a = rad(d.angleToSkinDeg);
    v = norm([-n[0] * Math.sin(a) + t[0] * Math.cos(a), -n[1] * Math.sin(a) + t[1] * Math.cos(a), -n[2] * Math.sin(a) + t[2] * Math.cos(a)]);
  }
  return v;
}

export function headingVector(h: Heading, sideSign: number): Vec3 {
  switch (h) {
    case "cranial":
      return [0, 1, 0];
    case "caudal":
      return [0, -1, 0];
    case "medial":
      return [-sideSign, 0, 0];
    case "lateral":
      return [sideSign, 0, 0];
  }
}

export type Penetration = { structure: string; depthMm: number };

export type Trace = {
  penetrated: Penetration[];
  stoppedBy: string | null;
  tipT: number;
  pleuraMargin: number;
  skinToPleura: number | null;
  /** First bone along the whole line (ignoring the needle's length), with its distance. */
  firstBoneOnLine: { id: string; t: number } | null;
  /** Structure at the tip (just before it). */
  tipStructure: string | null;
};

const at = (e: Vec3, d: Vec3, t: number): Vec3 => [e[0] + d[0] * t, e[1] + d[1] * t, e[2] + d[2] * t];

/**
 * Follow the needle from the entry: structures in order (boundaries bisected), bone stop, pleura margin
 * over the inserted shaft, skin-to-pleura along the whole line; `wantFirstBone` also looks past the tip
 * for the first bone on the line (needed by the paravertebral rules only).
 */
export function traceNeedle(m: AnatomyModel, entry: Vec3, dir: Vec3, depth: number, wantFirstBone = true): Trace {
  const penetrated: Penetration[] = [{ structure: "skin", depthMm: 0 }];
  let prev: string | null = "skin";
  let stoppedBy: string | null = null;
  let tipT = depth;
  let firstBone: { id: string; t: number } | null = null;
  const scratch: Vec3 = [0, 0, 0];
  const label = (t: number) => {
    if (t <= 0) return "skin";
    scratch[0] = entry[0] + dir[0] * t;
    scratch[1] = entry[1] + dir[1] * t;
    scratch[2] = entry[2] + dir[2] * t;
    const l = m.classify(scratch);
    // A needle grazing the skin within GRAZE_MM of the surface has not left the body: the excursion is
    // below the surface model's resolution (finite-difference normal at the entry, sub-mm kinks where
    // layers taper), and counting it as an exit made the list show "skin" again mid-needle.
    return l === null && m.skinF(scratch) < GRAZE_MM ? "skin" : l;
  };
  const boundary = (t0: number, t1: number, l0: string | null) => {
    let a = t0, b = t1;
    for (let k = 0; k < 7; k++) {
      const mid = (a + b) / 2;
      if (label(mid) === l0) a = mid;
      else b = mid;
    }
    return b;
  };
  let tPrev = 0;
  // margin sampling
  let minSd = m.pleuraSd(entry);
  let minT = 0;
  let nextSdT = 0;
  const sdScratch: Vec3 = [0, 0, 0];
  const sdAt = (t: number) => {
    sdScratch[0] = entry[0] + dir[0] * t;
    sdScratch[1] = entry[1] + dir[1] * t;
    sdScratch[2] = entry[2] + dir[2] * t;
    return m.pleuraSd(sdScratch);
  };
  for (let t = Math.min(STEP_MM, depth); ; t = Math.min(t + STEP_MM, depth)) {
    const l = label(t);
    if (l !== prev) {
      const tb = boundary(tPrev, t, prev);
      const lb = label(tb);
      if (lb && lb !== prev) {
        if (isBone(lb)) {
          stoppedBy = lb;
          tipT = tb;
          penetrated.push({ structure: lb, depthMm: tb });
          firstBone = { id: lb, t: tb };
          break;
        }
        penetrated.push({ structure: lb, depthMm: tb });
      }
      if (l && l !== lb && l !== prev) {
        if (isBone(l)) {
          stoppedBy = l;
          tipT = t;
          penetrated.push({ structure: l, depthMm: t });
          firstBone = { id: l, t };
          break;
        }
        penetrated.push({ structure: l, depthMm: t });
      }
      prev = l;
    }
    // The pleura's signed distance changes by at most ≈ the distance travelled (Lipschitz ≈ 1 for this
    // function away from the diaphragmatic dome; 2 gives a margin), so it only needs sampling once it could
    // beat the current minimum.
    if (t >= nextSdT || t >= depth) {
      const sd = sdAt(t);
      if (sd < minSd) {
        minSd = sd;
        minT = t;
      }
      nextSdT = t + Math.max(STEP_MM, (sd - minSd) / 2);
    }
    tPrev = t;
    if (t >= depth) break;
  }
  // Refine the pleura margin around the best sample (golden-section on [minT − step, minT + step] ∩ [0, tipT]).
  {
    let a = Math.max(0, minT - STEP_MM), b = Math.min(tipT, minT + STEP_MM);
    const g = 0.381966;
    let c = a + g * (b - a), d = b - g * (b - a);
    let fc = sdAt(c), fd = sdAt(d);
    for (let k = 0; k < 24; k++) {
      if (fc < fd) {
        b = d;
        d = c;
        fd = fc;
        c = a + g * (b - a);
        fc = sdAt(c);
      } else {
        a = c;
        c = d;
        fc = fd;
        d = b - g * (b - a);
        fd = sdAt(d);
      }
    }
    minSd = Math.min(minSd, fc, fd, sdAt(tipT));
  }
  // Skin-to-pleura along the infinite line, ignoring bone.
  let skinToPleura: number | null = null;
  {
    let tp = 0;
    const sp = sdAt(0);
    if (sp <= 0) skinToPleura = 0;
    else {
      // Sphere tracing: the signed distance bounds the step (with a safety factor), so the march is short.
      let t = 0;
      let sd = sp;
      let k = 0;
      while (t < LINE_MAX_MM) {
        const stepT = Math.max(0.5, sd * 0.8);
        tp = t;
        t += stepT;
        const p = at(entry, dir, t);
        sd = m.pleuraSd(p);
        if (sd <= 0) {
          let a = tp, b = t;
          for (let i = 0; i < 16; i++) {
            const mid = (a + b) / 2;
            if (sdAt(mid) <= 0) b = mid;
            else a = mid;
          }
          skinToPleura = b;
          break;
        }
        if (t > 20 && ++k % 4 === 0 && m.skinF(p) > 0) break; // left the body
      }
      void sp;
    }
  }
  // First bone along the whole line (for "aimed at the lamina?"), continuing past the tip if needed.
  if (!firstBone && wantFirstBone) {
    let prevL: string | null = null;
    let tPrevL = tipT;
    for (let t = tipT; t <= 150; t += STEP_MM) {
      const l = label(t);
      if (l && isBone(l)) {
        const tb = boundary(tPrevL, t, prevL);
        const lb = label(tb);
        firstBone = { id: lb && isBone(lb) ? lb : l, t: tb };
        break;
      }
      if (l === "pleura" || l === "lung" || l === "spinal-canal") break;
      if (t > 20 && m.skinF(at(entry, dir, t)) > 0) break;
      prevL = l;
      tPrevL = t;
    }
  }
  const tipStructure = stoppedBy ?? label(Math.max(0, tipT - 0.05));
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    penetrated: penetrated.map((p) => ({ structure: p.structure, depthMm: r1(p.depthMm) })),
    stoppedBy,
    tipT,
    pleuraMargin: minSd,
    skinToPleura: skinToPleura === null ? null : r1(skinToPleura),
    firstBoneOnLine: firstBone,
    tipStructure,
  };
}

export function angleToSkinDeg(dir: Vec3, n: Vec3): number {
  return deg(Math.asin(clamp(-dot(dir, n), -1, 1)));
}

/**
 * Course over which the downhill slope is measured: the horizontal run of the chest wall along the
 * heading from the entry. Fixed, so downhill is a property of the entry and the direction alone (the
 * local curvature there), not of how deep the needle happens to be pushed in.
 */
export const DOWNHILL_COURSE_MM = 20;

/**
 * Whether the needle's heading runs down the thoracic curvature (TECH-3): the chest wall (the rib cage's
 * outer surface, not the local bumps of muscle edges) DOWNHILL_COURSE_MM along the heading lies more
 * ventrally — lower, for a prone patient — than under the entry. null when the needle is (nearly)
 * perpendicular, the course runs off the back of the rib cage, or the wall is flat along it (< 2%).
 */
export function downhill(m: AnatomyModel, entry: Vec3, dir: Vec3, n: Vec3): boolean | null {
  const k = dot(dir, n);
  const h: Vec3 = [dir[0] - k * n[0], dir[1] - k * n[1], dir[2] - k * n[2]];
  const hl = Math.hypot(h[0], h[1], h[2]);
  if (hl < 0.05) return null;
  const travel = DOWNHILL_COURSE_MM;
  const x1 = entry[0] + (h[0] / hl) * travel;
  const y1 = entry[1] + (h[1] / hl) * travel;
  const s0 = m.body.sliceAt(entry[1]);
  const z0 = m.body.ringZAtX(s0, entry[0]);
  const s1 = m.body.sliceAt(y1);
  if (Math.abs(x1) > 0.97 * s1.A || Math.abs(entry[0]) > 0.97 * s0.A) return null;
  const z1 = m.body.ringZAtX(s1, x1);
  const slope = (z1 - z0) / travel;
  if (Math.abs(slope) < 0.02) return null;
  return slope > 0;
}
