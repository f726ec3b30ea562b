/**
 * The trunk around the column: the rib-cage "ring" (the surface through the rib centrelines), the floor of
 * the soft tissue (laminae, transverse processes, rib angles, outer rib surface), the layered soft tissue
 * (skin, subcutis, named muscles), and the pleural cavity as a signed-distance function.
 *
 * Cross-sections are described in polar coordinates about a per-height centre (0, zc(y)): θ = 0 points
 * dorsally, θ > 0 toward the patient's left, r = distance from the centre.
 */
import type { MuscleId, PatientParams } from "./types";
import { clamp, interp, lerp, smoothstep } from "./math";
import { at, locate, type Located, type SpineProfile } from "./profile";

type Pt = readonly [number, number];

/** Ring half-width (to the rib centreline), male 175-cm reference — ESTIMATE after WEAVER2014 (outer chest ≈ 28 cm wide at T8). */
const A_RING = [[0, 38], [3, 40], [5, 46], [6, 55], [7, 60], [8, 78], [9, 95], [10, 106], [11, 114], [12, 120], [13, 125], [14, 128], [15, 129], [16, 128], [17, 125], [18, 120], [19, 118], [21, 112], [23, 122]] as const;
/** Ring anterior extreme ventral of the body centre (sternum/abdominal wall) — ESTIMATE after WEAVER2014, BELLEMARE2003 (rib-cage AP ≈ 19 cm at T8). */
const A_OFF = [[0, 30], [3, 32], [6, 38], [7, 45], [8, 58], [9, 72], [10, 85], [11, 98], [12, 108], [13, 116], [14, 122], [15, 125], [16, 125], [17, 122], [18, 118], [19, 112], [21, 100], [23, 95]] as const;
/** Rib angle distance from the midline: angles lie progressively further from the tubercles down to rib 10 — MOORE2014, WEAVER2014 (values ESTIMATE). */
const X_ANGLE = [[0, 34], [6, 36], [7, 40], [8, 45], [9, 48], [10, 50], [11, 52], [12, 55], [13, 58], [14, 62], [15, 65], [16, 68], [17, 58], [18, 50], [19, 55], [23, 55]] as const;
/** Lateral edge of the erector spinae (iliocostalis) — MCGILL1993, MOORE2014 (values ESTIMATE). */
const X_ES = [[0, 42], [6, 50], [7, 55], [10, 62], [12, 65], [14, 72], [16, 80], [18, 85], [21, 90], [23, 80]] as const;
/** Dorsal bulge of the erector beyond the spinous tips (lumbar erector stands proud of the midline groove) — MCGILL1993 (ESTIMATE). */
const ES_BULGE = [[0, 4], [6, 2], [7, 0], [17, 0], [19, 4], [21, 9], [23, 8]] as const;
/** Multifidus lateral extent — MCGILL1993 (ESTIMATE); longissimus/iliocostalis boundary — MOORE2014 (ESTIMATE). */
const X_MF = [[0, 20], [7, 20], [12, 22], [18, 28], [21, 38], [23, 40]] as const;
const X_LONG = [[0, 38], [12, 45], [18, 50], [23, 55]] as const;

/** Rib half-thickness (radial) ≈ 3.5 mm (ribs ≈ 7 mm thick mid-shaft) — MOHR2007. */
export const RIB_HALF_THICK = 3.5;
/** Parietal pleura + endothoracic fascia beneath the inner rib surface ≈ 1.5 mm — MOORE2014 (ESTIMATE). */
export const PLEURA_BELOW_RIB = 1.5;
/** Pleural shell (parietal pleura + pleural space) before the lung ≈ 1 mm — ESTIMATE. */
export const PLEURA_SHELL = 1.0;

export type LayerId = "skin" | "subcutis" | `muscle:${string}` | "bone:scapula-left" | "bone:scapula-right";
export type Layer = { id: LayerId; r0: number; r1: number };

type Footprint = { id: MuscleId | "subscapularis" | "supraspinatus" | "scapula"; edges: { nx: number; ny: number; c: number }[]; front: boolean; xMin: number; xMax: number; yMin: number; yMax: number };

function polygon(id: Footprint["id"], pts: Pt[], front = false): Footprint {
  // Orientation-independent: build inward-facing edge normals from the centroid.
  const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  const edges = pts.map((p, k) => {
    const q = pts[(k + 1) % pts.length]!;
    let nx = -(q[1] - p[1]);
    let ny = q[0] - p[0];
    const l = Math.hypot(nx, ny) || 1;
    nx /= l;
    ny /= l;
    let c = nx * p[0] + ny * p[1];
    if (nx * cx + ny * cy - c < 0) {
      nx = -nx;
      ny = -ny;
      c = -c;
    }
    return { nx, ny, c };
  });
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  return { id, edges, front, xMin: Math.min(...xs), xMax: Math.max(...xs), yMin: Math.min(...ys), yMax: Math.max(...ys) };
}
/** Signed distance inside a convex footprint (positive inside). */
function inside(fp: Footprint, ax: number, y: number): number {
  let m = Infinity;
  for (const e of fp.edges) {
    const d = e.nx * ax + e.ny * y - e.c;
    if (d < m) m = d;
  }
  return m;
}

export type BodyQuery = ReturnType<typeof buildBody>;

export function buildBody(p: Required<PatientParams>, s: number, prof: SpineProfile, levelY: (l: string) => number, tipY: (l: string) => number) {
  const male = p.sex === "male";
  const sexRing = male ? 1 : 0.95; // women's rib cage ≈ 5% smaller at equal stature — BELLEMARE2003 (ESTIMATE of the factor)
  const n = prof.bodyY.length;
  const A = Float64Array.from({ length: n }, (_, i) => interp(A_RING, i) * s * sexRing);
  const aOff = Float64Array.from({ length: n }, (_, i) => interp(A_OFF, i) * s * sexRing);
  // Posterior extreme of the ring: rib angles sit just dorsal of the laminae — PANJABI1991T, MOORE2014.
  const pOff = Float64Array.from({ length: n }, (_, i) => prof.b[i]! + 2 * prof.cd[i]! + prof.lt[i]! - 1);
  const xAngle = Float64Array.from({ length: n }, (_, i) => interp(X_ANGLE, i) * s);
  const xES = Float64Array.from({ length: n }, (_, i) => interp(X_ES, i) * s);
  const bulge = Float64Array.from({ length: n }, (_, i) => interp(ES_BULGE, i) * s);
  const xMF = Float64Array.from({ length: n }, (_, i) => interp(X_MF, i) * s);
  const xLong = Float64Array.from({ length: n }, (_, i) => interp(X_LONG, i) * s);
  const fiOf = (L: Located) => L.i + L.t;
  const straightX = (L: Located) => (p.scoliosis ? at(prof.bodyX, L) : 0);

  // ---- soft-tissue thicknesses --------------------------------------------------------------------
  /** Skin ≈ 2.0 mm (women) / 2.4 mm (men) on the upper back — LAURENT2007. */
  const skinT = male ? 2.4 : 2.0;
  /**
   * Subcutaneous fat on the upper back at BMI 24 ≈ 8 mm (women) / 6.5 mm (men), rising ≈ 0.9 / 0.75 mm per
   * BMI unit — ARM2014 (skin-to-rhomboid 12 → 14 → 18 mm across BMI < 23 / 23–25 / ≥ 25), HUNG2011.
   */
  const fatBase = Math.max(2, (male ? 6.5 : 8) + (male ? 0.75 : 0.9) * (p.bmi - 24));
  /** Muscles thicken a little with body mass (HUNG2011: body weight the only significant predictor) — factor ESTIMATE. */
  const muscleK = clamp(1 + 0.015 * (p.bmi - 24), 0.85, 1.35);
  const T = (f: number, m: number) => (male ? m : f) * muscleK;
  const thick: Record<Footprint["id"], number> = {
    "trapezius-upper": T(6, 8), // ESTIMATE
    "trapezius-middle": T(3.4, 4.9), // HUNG2011
    "trapezius-lower": T(3.4, 4.9), // HUNG2011 (interscapular trapezius)
    "rhomboid-major": T(3.8, 6.3), // HUNG2011
    "rhomboid-minor": T(3.8, 6.3), // HUNG2011
    "serratus-posterior-superior": T(2.2, 3.5), // HUNG2011
    "levator-scapulae": T(8, 10), // ESTIMATE
    "latissimus-dorsi": T(5, 7), // ESTIMATE
    infraspinatus: T(12, 16), // ESTIMATE
    supraspinatus: T(12, 15), // ESTIMATE
    "teres-major": T(12, 16), // ESTIMATE
    subscapularis: T(12, 15), // subscapularis + serratus anterior between scapula and ribs — ESTIMATE
    scapula: 3 * s, // infraspinous fossa ≈ 2–4 mm — MOORE2014 (ESTIMATE)
    "pectoralis-major": T(10, 14), // ESTIMATE
    // Volumes / mass, not footprint layers:
    iliocostalis: 0, longissimus: 0, multifidus: 0, "obliquus-capitis-inferior": 0, "quadratus-lumborum": 0,
  };
  /** TECH-6 / MITCHELL2018: retraction adds 8 mm (men) / 5 mm (women) skin-to-pleura at these muscles. */
  const PERISCAPULAR = new Set<Footprint["id"]>(["levator-scapulae", "rhomboid-major", "rhomboid-minor", "trapezius-lower"]);
  const retractionMm = p.shoulderRetraction ? (male ? 8 : 5) : 0;

  // ---- landmarks for footprints (ax = |x|, y) ------------------------------------------------------
  const ySP = tipY;
  const yB = levelY;
  /** Medial scapular border ≈ 6 cm from the midline; superior angle T2, root of the spine T3, inferior angle T7 — MOORE2014 (distance ESTIMATE). */
  const xMB = (male ? 64 : 58) * s;
  const supAngle: Pt = [xMB, yB("T2")];
  const root: Pt = [xMB, yB("T3")];
  const infAngle: Pt = [xMB + 12 * s, yB("T7")];
  const glenoid: Pt = [150 * s, yB("T2") - 15 * s];
  const acromion: Pt = [168 * s, yB("T1") + 5 * s];
  const spineLat: Pt = [140 * s, yB("T2") - 8 * s];
  const fps: Footprint[] = [
    polygon("trapezius-upper", [[0, ySP("C1") + 12 * s], [0, ySP("C7")], [acromion[0], acromion[1] - 10 * s], [acromion[0], acromion[1] + 14 * s], [45 * s, ySP("C3")]]),
    polygon("trapezius-middle", [[0, ySP("C7")], [acromion[0], acromion[1] - 10 * s], [xMB + 6 * s, yB("T3") - 8 * s], [0, ySP("T3")]]),
    polygon("trapezius-lower", [[0, ySP("T3")], [xMB + 6 * s, yB("T3") - 8 * s], [0, ySP("T12")]]),
    polygon("rhomboid-minor", [[0, ySP("C7")], [0, ySP("T1")], root, supAngle]),
    polygon("rhomboid-major", [[0, ySP("T1")], [0, ySP("T5")], infAngle, root]),
    polygon("levator-scapulae", [[24 * s, yB("C1")], [44 * s, yB("C1")], [xMB + 8 * s, yB("T2") + 6 * s], [xMB - 6 * s, yB("T2") + 6 * s]]),
    polygon("serratus-posterior-superior", [[0, ySP("C7")], [0, ySP("T3")], [70 * s, yB("T5") - 8 * s], [62 * s, yB("T2")]]),
    polygon("latissimus-dorsi", [[0, ySP("T7")], infAngle, [200 * s, yB("T7") + 10 * s], [200 * s, yB("L3")], [60 * s, yB("L4")], [0, yB("L4")]]),
    polygon("teres-major", [[xMB + 5 * s, yB("T6")], [150 * s, yB("T4")], [160 * s, yB("T5")], infAngle]),
    polygon("infraspinatus", [root, spineLat, glenoid, infAngle]),
    polygon("supraspinatus", [supAngle, [acromion[0] - 20 * s, acromion[1]], spineLat, root]),
    polygon("subscapularis", [supAngle, [glenoid[0], yB("T2")], glenoid, infAngle]),
    polygon("scapula", [supAngle, [glenoid[0], yB("T2")], glenoid, infAngle]),
    polygon("pectoralis-major", [[0, yB("T2")], [110 * s, yB("T1") + 5 * s], [150 * s, yB("T3")], [110 * s, yB("T6")], [0, yB("T9")]], true),
  ];
  const ORDER: Footprint["id"][] = ["subscapularis", "scapula", "infraspinatus", "supraspinatus", "serratus-posterior-superior", "levator-scapulae", "rhomboid-minor", "rhomboid-major", "teres-major", "latissimus-dorsi", "trapezius-lower", "trapezius-middle", "trapezius-upper", "pectoralis-major"];
  const fpById = new Map(fps.map((f) => [f.id, f]));
  const MUSCLE_LAYER_ID = Object.fromEntries(fps.map((f) => [f.id, `muscle:${f.id}`])) as Record<Footprint["id"], string>;
  const ordered = ORDER.map((id) => fpById.get(id)!);
  /** Aponeurotic origins at the spinous processes: these sheets are ≈ 1 mm thin at the midline — MOORE2014. */
  const APONEUROTIC = new Set<Footprint["id"]>(["trapezius-upper", "trapezius-middle", "trapezius-lower", "rhomboid-major", "rhomboid-minor", "serratus-posterior-superior", "latissimus-dorsi"]);
  // Spine of the scapula: a dorsal bony ridge ≈ 12 mm high along root → acromion — MOORE2014 (ESTIMATE).
  const spineDir = [acromion[0] - root[0], acromion[1] - root[1]] as const;
  const spineLen = Math.hypot(spineDir[0], spineDir[1]);
  function spineRidge(ax: number, y: number): number {
    const t = clamp(((ax - root[0]) * spineDir[0] + (y - root[1]) * spineDir[1]) / (spineLen * spineLen), 0, 1);
    const d = Math.hypot(ax - root[0] - t * spineDir[0], y - root[1] - t * spineDir[1]);
    return 1 - smoothstep(3 * s, 7 * s, d);
  }

  // Scratch buffers for stack() (no allocation per call).
  const tmpId: Footprint["id"][] = new Array(ORDER.length);
  const tmpT = new Float64Array(ORDER.length);
  const tmpPeri = new Uint8Array(ORDER.length);
  // The footprint layers of the most recent stack() call (read by lastLayerAt, valid until the next call).
  const lastR0 = new Float64Array(ORDER.length);
  const lastR1 = new Float64Array(ORDER.length);
  let lastN = 0;
  let lastShoulderR0 = -1;
  let lastShoulderR1 = -1;
  const shoulderT = (male ? 75 : 62) * s;
  let lastSide = true;
  /** Name of the footprint layer containing radius r in the most recent stack() call. */
  function lastLayerAt(r: number): string | null {
    if (r >= lastShoulderR0 && r < lastShoulderR1) return "muscle:shoulder-girdle";
    for (let k = 0; k < lastN; k++) {
      if (r >= lastR0[k]! && r < lastR1[k]!) {
        const id = tmpId[k]!;
        return id === "scapula" ? (lastSide ? "bone:scapula-left" : "bone:scapula-right") : MUSCLE_LAYER_ID[id];
      }
    }
    return null;
  }

  // ---- ring ------------------------------------------------------------------------------------------
  // Posterior half: superellipse exponent 3 (flat back); anterior half: ellipse — ESTIMATE
  type Slice = { y: number; L: Located; fi: number; zc: number; A: number; B: number; hump: number };
  function slice(y: number): Slice {
    const L = locate(prof.bodyY, y);
    const fi = fiOf(L);
    const A_ = at(A, L);
    const ao = at(aOff, L);
    const po = at(pOff, L);
    const zb = at(prof.bodyZ, L);
    const hump = p.scoliosis ? 10 * s * humpWeight(fi) : 0; // SCOLIOSIS.ribHumpMm — AARO1981 (ESTIMATE)
    return { y, L, fi, zc: zb + (ao - po) / 2, A: A_, B: (ao + po) / 2, hump };
  }
  function humpWeight(fi: number): number {
    const apex = 14, up = 10, lo = 18;
    const t = fi < apex ? (fi - apex) / (apex - up) : (fi - apex) / (lo - apex);
    return Math.abs(t) >= 1 ? 0 : Math.cos((t * Math.PI) / 2) ** 2;
  }
  /** Ring radius at polar angle th. */
  function ringR(sl: Slice, th: number): number {
    const post = Math.abs(th) < Math.PI / 2;
    const sx = Math.abs(Math.sin(th)) / sl.A;
    const cz = Math.abs(Math.cos(th)) / sl.B;
    let r = post ? 1 / Math.cbrt(sx * sx * sx + cz * cz * cz) : 1 / Math.sqrt(sx * sx + cz * cz);
    if (post && sl.hump) r += sl.hump * Math.cos(th) * (th < 0 ? 1 : -1); // convex side (right, θ < 0) bulges dorsally
    return r;
  }
  /** z of the ring's posterior half at lateral offset x (same superellipse, Cartesian form). */
  function ringZAtX(sl: Slice, x: number): number {
    const q = Math.min(0.999, Math.abs(x) / sl.A);
    const f = Math.cbrt(1 - q * q * q); // superellipse exponent NP = 3
    let z = sl.zc - sl.B * f;
    if (sl.hump) z -= sl.hump * (x < 0 ? 1 : -1) * f;
    return z;
  }

  /** z of the bony floor in the paravertebral gutter at spine-relative lateral offset axs (side by sign of x). */
  function gutterFloorZ(sl: Slice, x: number): number {
    const L = sl.L;
    const axs = Math.abs(x - straightX(L));
    const lam = at(prof.lamZ, L);
    const lamEdge = at(prof.cw, L) + 6 * s;
    const tpx = at(prof.tpx, L);
    const tpZ = (x >= straightX(L) ? at(prof.tpZLeft, L) : at(prof.tpZRight, L)) - at(prof.tpR, L);
    const xa = at(xAngle, L);
    const angZ = ringZAtX(sl, x >= 0 ? Math.max(Math.abs(x), xa) : -Math.max(Math.abs(x), xa)) - RIB_HALF_THICK;
    if (axs <= lamEdge) return lam;
    if (axs <= tpx) return lerp(lam, tpZ, (axs - lamEdge) / (tpx - lamEdge));
    if (axs <= xa) return lerp(tpZ, angZ, (axs - tpx) / Math.max(1, xa - tpx));
    return angZ;
  }

  /** Radius of the soft-tissue floor (outer surface of bone) at (θ, y). */
  function floorR(sl: Slice, th: number, r: number): number {
    const x = r * Math.sin(th);
    const xa = at(xAngle, sl.L);
    const outer = ringR(sl, th) + RIB_HALF_THICK;
    if (Math.abs(th) >= Math.PI / 2 || Math.abs(x) >= xa) return outer;
    // Gutter: the floor is described as a z profile; convert at this x.
    const fz = gutterFloorZ(sl, x);
    const gr = Math.hypot(x, sl.zc - fz);
    return Math.min(outer, gr);
  }

  /** Result of stack(); one object reused by every call (read it before the next call). */
  const stackOut = { floor: 0, massTop: 0, skin: 0, fat0: 0 };
  /** Full layer stack at (θ, y) from the floor outward; returns the skin radius too. */
  function stack(sl: Slice, th: number, r: number, out?: Layer[]): { floor: number; massTop: number; skin: number; fat0: number } {
    const front = Math.abs(th) > Math.PI / 2;
    const G = floorR(sl, th, r);
    const x = r * Math.sin(th);
    const ax = Math.abs(x);
    const L = sl.L;
    const fi = sl.fi;
    // Paraspinal mass: from the floor up to a surface running from the spinous-tip line to the iliocostalis edge.
    let massTop = G;
    const axs = Math.abs(x - straightX(L));
    const xes = at(xES, L);
    if (!front && axs < xes) {
      const tipL = locate(prof.tipY, yOfSlice(sl));
      const tipZ = at(prof.tipZ, tipL) - at(bulge, L);
      const edgeZ = gutterFloorZ(sl, x >= 0 ? xes : -xes) - 2 * s;
      const zTop = lerp(tipZ, Math.max(edgeZ, tipZ), smoothstep(18 * s, xes, axs));
      const tr = Math.hypot(x, sl.zc - zTop);
      massTop = Math.max(G + 2 * s * (1 - smoothstep(xes - 5 * s, xes, axs)), tr);
      if (out && massTop > G) out.push({ id: "muscle:paraspinal", r0: G, r1: massTop });
    }
    let rr = massTop;
    const y = yOfSlice(sl);
    // Shoulder girdle (clavicle, deltoid, rotator cuff, simplified as one soft mass): widens the trunk at
    // C6–T4 to the ≈ 40 cm shoulder breadth of adults — ESTIMATE after PHEASANT2006 (shoulder breadth).
    const shoulder = shoulderT * smoothstep(yB("T5"), yB("T2"), y) * (1 - smoothstep(yB("C7"), yB("C5"), y)) * smoothstep(0.22 * Math.PI, 0.42 * Math.PI, Math.abs(th)) * (1 - smoothstep(0.62 * Math.PI, 0.85 * Math.PI, Math.abs(th)));
    if (shoulder > 0.01) {
      if (out) out.push({ id: "muscle:shoulder-girdle", r0: rr, r1: rr + shoulder });
      rr += shoulder;
      lastShoulderR0 = massTop;
      lastShoulderR1 = rr;
    } else lastShoulderR0 = lastShoulderR1 = -1;
    // Footprint layers.
    let periW = 0;
    let periSum = 0;
    let nTmp = 0;
    for (const fp of ordered) {
      if (fp.front !== front || y < fp.yMin || y > fp.yMax || ax > fp.xMax || ax < fp.xMin) continue;
      const d = inside(fp, ax, y);
      if (d <= -0.01) continue;
      const w = smoothstep(0, 6 * s, d);
      let t = thick[fp.id] * w;
      if (APONEUROTIC.has(fp.id)) t *= lerp(0.2, 1, smoothstep(0, 25 * s, ax));
      if (fp.id === "scapula") t += 11 * s * spineRidge(ax, y) * w;
      if (fp.id === "infraspinatus" || fp.id === "supraspinatus") t *= 1 - spineRidge(ax, y);
      if (t <= 0) continue;
      const peri = PERISCAPULAR.has(fp.id);
      if (peri) {
        periW = Math.max(periW, w);
        periSum += t;
      }
      tmpId[nTmp] = fp.id;
      tmpT[nTmp] = t;
      tmpPeri[nTmp] = peri ? 1 : 0;
      nTmp++;
    }
    const extraK = retractionMm && periSum > 0 ? (retractionMm * periW) / periSum : 0;
    lastN = nTmp;
    for (let k = 0; k < nTmp; k++) {
      const t = tmpT[k]! * (1 + (tmpPeri[k] ? extraK : 0));
      const id = tmpId[k]!;
      lastR0[k] = rr;
      lastR1[k] = rr + t;
      lastSide = x >= 0;
      if (out) out.push({ id: id === "scapula" ? (x >= 0 ? "bone:scapula-left" : "bone:scapula-right") : `muscle:${id}`, r0: rr, r1: rr + t });
      rr += t;
    }
    // Subcutis: thinner over the spinous processes and the neck, thicker over the lumbar region and chest — ESTIMATE.
    const region = (fi < 6 ? 0.7 : fi > 18.5 ? lerp(1, 1.35, smoothstep(18.5, 21, fi)) : 1) * (front ? 1.1 : lerp(0.8, 1, smoothstep(0, 20 * s, ax)));
    const fat = fatBase * region;
    const fat0 = rr;
    if (out) out.push({ id: "subcutis", r0: rr, r1: rr + fat });
    rr += fat;
    if (out) out.push({ id: "skin", r0: rr, r1: rr + skinT });
    rr += skinT;
    void fi;
    stackOut.floor = G;
    stackOut.massTop = massTop;
    stackOut.skin = rr;
    stackOut.fat0 = fat0;
    return stackOut;
  }

  let lastSlice: Slice = slice(0);
  const sliceAt = (y: number): Slice => (y === lastSlice.y ? lastSlice : (lastSlice = slice(y)));
  const yOfSlice = (sl: Slice): number => sl.y;

  /** Name the muscle of the paraspinal mass at a point. */
  function paraspinalMuscle(sl: Slice, x: number, r: number, G: number, top: number): string {
    const L = sl.L;
    const axs = Math.abs(x - straightX(L));
    const h = (r - G) / Math.max(1e-6, top - G);
    const fi = sl.fi;
    if (fi < 6.5) {
      // Neck: deep cervical multifidus, semispinalis, splenius — MOORE2014.
      if (axs < at(xMF, L) && h < 0.45) return "muscle:multifidus";
      return h < 0.75 ? "muscle:semispinalis-capitis" : "muscle:splenius-capitis";
    }
    const mfDepth = fi > 18.5 ? 0.7 : 0.5;
    if (axs < at(xMF, L) && h < mfDepth) return "muscle:multifidus";
    if (axs < 12 * s && fi < 18.5) return "muscle:spinalis";
    if (axs < at(xLong, L)) return "muscle:longissimus";
    return "muscle:iliocostalis";
  }

  // ---- pleura ----------------------------------------------------------------------------------------
  // MOORE2014: parietal pleura reaches T12 posteriorly, rib 10 in the midaxillary and rib 8 in the midclavicular line;
  // the lungs stay about two ribs higher in quiet breathing (T10 / rib 8 / rib 6).
  const RECESS = [[0, yB("T12") - 10 * s], [Math.PI / 2, yB("T10") - 30 * s], [0.8 * Math.PI, yB("T8") - 60 * s], [Math.PI, yB("T9")]] as const;
  const LUNG_FLOOR = [[0, yB("T10")], [Math.PI / 2, yB("T8") - 30 * s], [0.8 * Math.PI, yB("T6") - 60 * s], [Math.PI, yB("T8")]] as const;
  const yRecess = (ath: number) => interp(RECESS, ath);
  const yLungFloor = (ath: number) => interp(LUNG_FLOOR, ath);
  const yCupTop = yB("T1") + 15 * s; // cupula at the neck of rib 1 — MOORE2014 (dome shape ESTIMATE)
  const yCupula = (ax: number) => yCupTop - 0.004 * (ax - 45 * s) ** 2;

  /** Signed distance (mm, negative inside) to the parietal pleura; inside = the pleural cavity. */
  function pleuraSd(px: number, py: number, pz: number): number {
    const sl = sliceAt(py);
    const dz = pz - sl.zc;
    const th = Math.atan2(px, -dz);
    const r = Math.hypot(px, dz);
    const L = sl.L;
    const inner = ringR(sl, th) - RIB_HALF_THICK - PLEURA_BELOW_RIB;
    let sd = r - inner;
    const xs = straightX(L);
    const axs = Math.abs(px - xs);
    const zb = at(prof.bodyZ, L);
    const bb = at(prof.b, L);
    const a = at(prof.a, L);
    // Mediastinum / vertebral bodies: the medial wall widens ventrally (heart larger on the left) — MOORE2014 (ESTIMATE widths).
    const tv = smoothstep(zb + bb, zb + bb + 30 * s, pz);
    const xMedAnt = (px - xs >= 0 ? (sl.fi > 10.5 && sl.fi < 16 ? 60 : 32) : sl.fi > 10.5 && sl.fi < 16 ? 38 : 30) * s;
    const xMed = lerp(a + 3 * s, xMedAnt, tv);
    sd = Math.max(sd, xMed - axs);
    // Paravertebral gutter: the pleura lies ventral to the rib necks (head at the body's side, tubercle at the transverse tip).
    const tpx = at(prof.tpx, L);
    const axHead = a + 3 * s;
    const axTub = tpx - 2 * s;
    if (axs < axTub) {
      const zHead = zb - 0.55 * bb;
      const tpZ = px >= xs ? at(prof.tpZLeft, L) : at(prof.tpZRight, L);
      const zTub = tpZ + at(prof.tpR, L) + RIB_HALF_THICK;
      const k = clamp((axs - axHead) / (axTub - axHead), 0, 1);
      const zNeck = lerp(zHead, zTub, k) + RIB_HALF_THICK + PLEURA_BELOW_RIB;
      const slope = (zTub - zHead) / (axTub - axHead);
      sd = Math.max(sd, (zNeck - pz) / Math.sqrt(1 + slope * slope));
    }
    const ath = Math.abs(th);
    const dome = 70 * s * Math.pow(clamp(1 - r / inner, 0, 1), 0.6); // diaphragmatic dome rises centrally — ESTIMATE
    sd = Math.max(sd, yRecess(ath) + dome - py, py - yCupula(Math.abs(px)));
    return sd;
  }
  function lungSd(px: number, py: number, pz: number): number {
    const sd = pleuraSd(px, py, pz) + PLEURA_SHELL;
    const sl = sliceAt(py);
    const th = Math.atan2(px, -(pz - sl.zc));
    return Math.max(sd, yLungFloor(Math.abs(th)) - py);
  }

  return {
    sliceAt,
    ringR,
    ringZAtX,
    floorR,
    stack,
    lastLayerAt,
    paraspinalMuscle,
    pleuraSd,
    lungSd,
    xAngleAt: (y: number) => at(xAngle, sliceAt(y).L),
    scapulaFootprint: (ax: number, y: number) => inside(fpById.get("scapula")!, ax, y),
    muscleFootprint: (id: Footprint["id"], ax: number, y: number) => (fpById.has(id) ? inside(fpById.get(id)!, ax, y) : -Infinity),
    footprints: fps,
    landmarks: { xMB, supAngle, root, infAngle, glenoid, acromion },
    yRecess,
    yCupula,
  };
}
