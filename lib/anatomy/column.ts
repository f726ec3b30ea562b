/**
 * The vertebral column C1–L5: segment heights, sagittal curves, scoliosis (lateral curve + axial
 * rotation) and the per-level dimensions of body, canal, pedicles, laminae, spinous and transverse
 * processes. Every number cites a key of sources.ts.
 */
import { LEVELS, type Level, type Vec3 } from "./types";
import { add, cross, interp, norm, rad, rotate, scale } from "./math";

/** Index of a level in LEVELS (C1 = 0 … L5 = 23). */
export const levelIndex = (l: Level): number => LEVELS.indexOf(l);
const IDX = (l: Level) => levelIndex(l);

/**
 * Segment height (vertebral body + disc) at the male reference stature of 175 cm.
 * GRAY1918: cervical 125 mm, thoracic ≈ 280 mm, lumbar ≈ 180 mm; distributed with thoracic segments
 * growing from T1 to T12 as in PANJABI1991T (body heights ≈ 14 → 22 mm plus disc).
 */
export const REFERENCE_STATURE_CM = 175; // GRAY1918 column length taken for a man of this stature
export function segmentHeightRef(i: number): number {
  if (i === 0) return 14; // C1 (atlas ring) — GRAY1918 cervical total 125 mm
  if (i === 1) return 19; // C2 (axis, dens) — GRAY1918
  if (i <= 6) return 18.4; // C3–C7 — GRAY1918 (125 − 33) / 5
  if (i <= 18) return 19.3 + ((i - 7) * 8) / 11; // T1 19.3 → T12 27.3 mm, sum 280 — GRAY1918, PANJABI1991T
  return 34 + (i - 19); // L1 34 → L5 38 mm, sum 180 — GRAY1918, PANJABI1992L
}

/**
 * Sagittal bend per segment (degrees; + = kyphotic, convex dorsally).
 * Cervical lordosis C2–C7 ≈ 20° (GORE1986), thoracic kyphosis T3–T12 ≈ 36° and lumbar lordosis
 * L1–L5 ≈ 44° (BERNHARDT1989), a few degrees of kyphosis at T1–T2 (ESTIMATE).
 */
function bendDeg(i: number): number {
  if (i >= 1 && i <= 6) return -20 / 6;
  if (i === 7 || i === 8) return 2;
  if (i >= 9 && i <= 18) return 36 / 10;
  if (i >= 19) return -44 / 5;
  return 0;
}

/** Scoliosis: right-convex thoracic curve, apex T8, end vertebrae T4 and T12 (the commonest idiopathic pattern). */
export const SCOLIOSIS = {
  apex: IDX("T8"),
  upperEnd: IDX("T4"),
  lowerEnd: IDX("T12"),
  /** Apical lateral shift 20 mm gives a Cobb angle ≈ 35° over T4–T12 (2·atan(π·D/L)) — ESTIMATE. */
  apicalShiftMm: 20,
  /** Apical axial rotation 15°, bodies toward the convexity, spinous processes toward the concavity — AARO1981. */
  apicalRotationDeg: 15,
  /** Posterior rib hump on the convex side at the apex (and flattening opposite) — ESTIMATE after AARO1981. */
  ribHumpMm: 10,
} as const;

export type VertebraDims = {
  a: number; // body half-width
  b: number; // body half-depth
  hb: number; // body half-height
  cw: number; // canal half-width
  cd: number; // canal half-depth
  lt: number; // lamina thickness
  lh: number; // lamina half-height
  ls: number; // lamina centre shift (cranial +)
  spDrop: number; // caudal drop of the spinous tip relative to the lamina centre
  spDorsal: number; // dorsal length of the spinous process behind the lamina
  spR: number; // spinous process radius (cervical/thoracic capsule) or half-thickness (lumbar plate)
  tpx: number; // transverse-process tip distance from the midline
  tpw: number; // transverse-process tip ventral coordinate (negative = dorsal) relative to the body centre
  tpR: number; // transverse-process radius
};

// Anchors are [level index, value]; values at the 175-cm male reference, scaled with stature.
/** Body half-width: C3 ≈ 16, T1 ≈ 26, T6 ≈ 30, T12 ≈ 42, L3 ≈ 48 mm wide — PANJABI1991C/T, PANJABI1992L. */
const A_BODY = [[0, 10], [2, 8], [6, 11], [7, 13], [12, 15], [18, 21], [21, 24], [23, 25]] as const;
/** Body half-depth: T1 ≈ 17, T6 ≈ 26, T12 ≈ 31, L3 ≈ 34 mm deep — PANJABI1991C/T, PANJABI1992L. */
const B_BODY = [[0, 5], [2, 8], [6, 8.5], [7, 8.5], [12, 13], [18, 15.5], [21, 17], [23, 17]] as const;
/** Canal half-width: cervical ≈ 24–28, thoracic ≈ 16–20, lumbar ≈ 24–26 mm — PANJABI1991C/T, PANJABI1992L. */
const CW = [[0, 14], [2, 12], [6, 12.5], [7, 10], [12, 8], [18, 10], [21, 12], [23, 13]] as const;
/** Canal half-depth: ≈ 14–18 mm AP — PANJABI1991C/T, PANJABI1992L. */
const CD = [[0, 9], [2, 7], [6, 7], [7, 7.5], [12, 7.5], [18, 8.5], [21, 8], [23, 9]] as const;
/** Lamina thickness ≈ 5–8 mm — PANJABI1991T, PANJABI1992L. */
const LT = [[0, 5], [6, 5.5], [7, 6], [12, 7], [18, 8], [23, 8]] as const;
/**
 * Lamina height as a fraction of the segment: thoracic laminae overlap like roof tiles (no interlaminar
 * window), cervical and lumbar ones leave windows — PANJABI1991T, PANJABI1992L, MOORE2014.
 */
const LH_FRAC = [[0, 0.4], [6, 0.55], [7, 0.9], [16, 0.95], [18, 0.8], [19, 0.65], [23, 0.6]] as const;
/**
 * Caudal drop of the spinous tip: short horizontal cervical processes, long steep mid-thoracic ones whose
 * tip lies about one segment lower (GEELHOED2006: the tip is level with the transverse processes of the
 * vertebra below), horizontal lumbar ones — PANJABI1991T, GEELHOED2006.
 */
const SP_DROP = [[0, 0], [1, 6], [5, 6], [6, 10], [7, 12], [10, 22], [12, 26], [14, 26], [16, 20], [18, 10], [19, 4], [23, 2]] as const;
/** Dorsal length behind the lamina: C7 prominens ≈ 32, thoracic ≈ 26–33, lumbar ≈ 26–30 mm — PANJABI1991C/T, PANJABI1992L. */
const SP_DORSAL = [[0, 8], [1, 26], [2, 18], [5, 21], [6, 30], [7, 31], [12, 26], [16, 27], [18, 29], [19, 30], [23, 25]] as const;
/** Transverse-process tip from the midline: T1 ≈ 37 → T12 ≈ 24; L3 longest ≈ 42 mm — PANJABI1991C/T, PANJABI1992L. */
const TPX = [[0, 38], [1, 28], [2, 26], [6, 33], [7, 37], [12, 33], [16, 29], [18, 24], [19, 32], [21, 42], [23, 40]] as const;
/** Transverse-process tip ventral coordinate: thoracic processes point dorsolaterally — PANJABI1991T. */
const TPW = [[0, -4], [2, -6], [6, -14], [7, -29], [12, -34], [18, -33], [19, -28], [23, -28]] as const;

export function vertebraDims(i: number, s: number): VertebraDims {
  const seg = segmentHeightRef(i) * s;
  const lumbar = i >= 19;
  const cervical = i <= 6;
  return {
    a: interp(A_BODY, i) * s,
    b: interp(B_BODY, i) * s,
    hb: 0.4 * seg, // disc ≈ 20% of the segment — GRAY1918 (discs ≈ a quarter of the presacral column)
    cw: interp(CW, i) * s,
    cd: interp(CD, i) * s,
    lt: interp(LT, i) * s,
    lh: 0.5 * interp(LH_FRAC, i) * seg,
    ls: (cervical ? 0 : lumbar ? -0.05 : -0.15) * seg, // thoracic laminae slope caudally (shingling) — MOORE2014
    spDrop: interp(SP_DROP, i) * s,
    spDorsal: interp(SP_DORSAL, i) * s,
    spR: (lumbar ? 4 : cervical ? 3.5 : 4) * s, // process width ≈ 7–9 mm — PANJABI1991T, PANJABI1992L
    tpx: interp(TPX, i) * s,
    tpw: interp(TPW, i) * s,
    tpR: (lumbar ? 4 : cervical ? 4 : 5) * s, // PANJABI1991T
  };
}

export type Vertebra = {
  level: Level;
  index: number;
  seg: number;
  c: Vec3; // body centre
  u: Vec3; // patient's left
  v: Vec3; // cranial along the column
  w: Vec3; // ventral
  dims: VertebraDims;
  /** Dorsal tip of the spinous process (landmark). */
  spTip: Vec3;
  tpTip: { left: Vec3; right: Vec3 };
  /** Axial rotation applied (degrees; + = bodies turned to the patient's right). */
  rotationDeg: number;
};

export const toWorld = (vt: Vertebra, lu: number, lv: number, lw: number): Vec3 => [
  vt.c[0] + vt.u[0] * lu + vt.v[0] * lv + vt.w[0] * lw,
  vt.c[1] + vt.u[1] * lu + vt.v[1] * lv + vt.w[1] * lw,
  vt.c[2] + vt.u[2] * lu + vt.v[2] * lv + vt.w[2] * lw,
];

function bump(i: number): number {
  const { apex, upperEnd, lowerEnd } = SCOLIOSIS;
  const half = i < apex ? apex - upperEnd : lowerEnd - apex;
  const t = (i - apex) / half;
  return Math.abs(t) >= 1 ? 0 : Math.cos((t * Math.PI) / 2) ** 2;
}

/** Scoliosis weight (0..1) at a level index, fractional allowed. */
export const scoliosisWeight = (i: number): number => bump(i);

function layout(s: number, scoliosis: boolean): Vertebra[] {
  const n = LEVELS.length;
  const seg = Array.from({ length: n }, (_, i) => segmentHeightRef(i) * s);
  // Tangent angle per vertebra (cumulative bend), then positions by integrating centre-to-centre steps.
  const phi: number[] = [0];
  for (let i = 1; i < n; i++) phi.push(phi[i - 1]! + rad((bendDeg(i - 1) + bendDeg(i)) / 2));
  const yz: [number, number][] = [[0, 0]];
  for (let i = 1; i < n; i++) {
    const d = (seg[i - 1]! + seg[i]!) / 2;
    const pm = (phi[i - 1]! + phi[i]!) / 2;
    const [py, pz] = yz[i - 1]!;
    yz.push([py - d * Math.cos(pm), pz + d * Math.sin(pm)]);
  }
  // Rotate the whole column so that the chord T1 → L5 is vertical (the trunk's long axis is y).
  const t1 = yz[IDX("T1")]!, l5 = yz[IDX("L5")]!;
  const chord = Math.atan2(l5[1] - t1[1], -(l5[0] - t1[0])); // angle of the caudal chord toward ventral
  const cs = Math.cos(chord), sn = Math.sin(chord);
  const out: Vertebra[] = [];
  for (let i = 0; i < n; i++) {
    const [py, pz] = yz[i]!;
    // rotate (y,z) by -chord about the x axis
    const y = py * cs + pz * sn;
    const z = -py * sn + pz * cs;
    const p = phi[i]! - chord;
    let u: Vec3 = [1, 0, 0];
    let v: Vec3 = [0, Math.cos(p), -Math.sin(p)];
    let w: Vec3 = [0, Math.sin(p), Math.cos(p)];
    let x = 0;
    let rot = 0;
    if (scoliosis) {
      const wgt = bump(i);
      // Convex to the patient's right (−x).
      x = -SCOLIOSIS.apicalShiftMm * s * wgt;
      rot = SCOLIOSIS.apicalRotationDeg * wgt;
      // d x / d(level) for the coronal tilt
      const dI = 0.01;
      const dx = (-SCOLIOSIS.apicalShiftMm * s * (bump(i + dI) - bump(i - dI))) / (2 * dI);
      const tilt = Math.atan2(dx, seg[i]!);
      // Axial rotation: ventral axis turns toward −x (bodies to the convex side), so the spinous process swings to +x.
      u = rotate(u, v, -rad(rot));
      w = rotate(w, v, -rad(rot));
      // Coronal tilt: the cranial axis follows the lateral curve.
      const axis = norm(w);
      v = rotate(v, axis, -tilt);
      u = norm(cross(v, w));
    }
    const dims = vertebraDims(i, s);
    out.push({ level: LEVELS[i]!, index: i, seg: seg[i]!, c: [x, y, z], u, v, w, dims, spTip: [0, 0, 0], tpTip: { left: [0, 0, 0], right: [0, 0, 0] }, rotationDeg: rot });
  }
  for (const vt of out) {
    const d = vt.dims;
    const lamBack = -(d.b + 2 * d.cd + d.lt);
    const tipC = spTipCentre(vt);
    vt.spTip = toWorld(vt, 0, tipC[1], tipC[2] - d.spR);
    void lamBack;
    vt.tpTip = { left: toWorld(vt, d.tpx, 0, d.tpw), right: toWorld(vt, -d.tpx, 0, d.tpw) };
  }
  return out;
}

/** Local (u, v, w) of the spinous process's tip centre (capsule end). */
export function spTipCentre(vt: Vertebra): Vec3 {
  const d = vt.dims;
  return [0, d.ls - d.spDrop, -(d.b + 2 * d.cd + d.lt) - d.spDorsal];
}

/** The column in the model frame: origin at the T6 spinous tip of the same patient without scoliosis. */
export function buildColumn(s: number, scoliosis: boolean): Vertebra[] {
  const straight = layout(s, false);
  const origin = straight[IDX("T6")]!.spTip;
  const col = scoliosis ? layout(s, true) : straight;
  const shift = scale(origin, -1);
  for (const vt of col) {
    vt.c = add(vt.c, shift);
    vt.spTip = add(vt.spTip, shift);
    vt.tpTip = { left: add(vt.tpTip.left, shift), right: add(vt.tpTip.right, shift) };
  }
  return col;
}
