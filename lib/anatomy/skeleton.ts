/**
 * Bones and the spinal canal as implicit analytic shapes: vertebral parts (elliptic cylinders, boxes and
 * capsules in each vertebra's own frame), ribs (elliptic tubes along their curves, tabulated per polar
 * angle), costal cartilages and sternum, plus two named muscle volumes (obliquus capitis inferior,
 * quadratus lumborum). Point tests are exact for these shapes.
 */
import type { Vec3 } from "./types";
import { spTipCentre, toWorld, type Vertebra } from "./column";
import { clamp, segD2 } from "./math";
import { locate, type SpineProfile } from "./profile";
import { RIB_HALF_THICK, type BodyQuery } from "./body";

/** Anterior drop of each rib's end below its angle — ribs descend 2–4 levels toward the front (MOORE2014; values ESTIMATE). */
const RIB_DROP = [25, 45, 55, 62, 66, 70, 72, 70, 65, 60, 40, 25];
/** Polar angle (fraction of π) where bone ends and costal cartilage begins; 11 and 12 are floating — MOORE2014 (ESTIMATE). */
const RIB_BONE_END = [0.8, 0.8, 0.8, 0.8, 0.79, 0.78, 0.76, 0.72, 0.7, 0.68, 0.52, 0.4];
/** Cartilage end: 1–7 reach the sternum, 8–10 join the cartilage above (costal margin) — MOORE2014. */
const RIB_CART_END = [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.94, 0.86, 0.84, 0.82, 0.52, 0.4];
/** Rib half-height: ≈ 12–14 mm high mid-shaft, first rib broad and flat, 11–12 slender — MOHR2007. */
const RIB_HALF_HEIGHT = [8, 6, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6, 6, 5, 4.5];
/** Costal cartilage half-height / half-thickness — ESTIMATE. */
const CART_HALF_HEIGHT = 5;
const CART_HALF_THICK = 4;
/** Intercostal bundle radius — ESTIMATE. */
const BUNDLE_R = 2;
/** Vertebral artery radius ≈ 2 mm (≈ 4 mm diameter) — MOORE2014. */
const VERTEBRAL_R = 2;
/** Rib neck radius ≈ 5 mm — MOHR2007 (ESTIMATE). */
const NECK_R = 5;

const BINS = 512;

export type RibInfo = {
  k: number;
  side: "left" | "right";
  head: Vec3;
  tubercle: Vec3;
  angle: Vec3;
  thA: number; // |θ| at the angle
  thBone: number;
  thEnd: number;
  rh: number;
  /** y and r of the centreline per |θ| bin (NaN outside the rib). */
  yTab: Float64Array;
  rTab: Float64Array;
};

export function buildSkeleton(col: Vertebra[], prof: SpineProfile, body: BodyQuery, s: number) {
  const idx = (l: string) => col.findIndex((v) => v.level === l);
  // ---- ribs --------------------------------------------------------------------------------------------
  const ribs: RibInfo[] = [];
  for (let k = 1; k <= 12; k++) {
    const vt = col[6 + k]!;
    const d = vt.dims;
    for (const side of ["left", "right"] as const) {
      const sg = side === "left" ? 1 : -1;
      const head = toWorld(vt, sg * (d.a + 3 * s), 0.35 * vt.seg, -0.55 * d.b);
      const tubercle = toWorld(vt, sg * (d.tpx - 2 * s), 0, d.tpw + d.tpR + RIB_HALF_THICK);
      const ya = tubercle[1] - 0.15 * vt.seg;
      const sl = body.sliceAt(ya);
      const xa = Math.max(body.xAngleAt(ya), Math.abs(tubercle[0]) + 4 * s) * sg;
      const za = body.ringZAtX(sl, xa);
      const angle: Vec3 = [xa, ya, za];
      const thA = Math.abs(Math.atan2(xa, -(za - sl.zc)));
      const thBone = RIB_BONE_END[k - 1]! * Math.PI;
      const thEnd = RIB_CART_END[k - 1]! * Math.PI;
      const yTab = new Float64Array(BINS + 1).fill(NaN);
      const rTab = new Float64Array(BINS + 1).fill(NaN);
      const drop = RIB_DROP[k - 1]! * s;
      for (let b = 0; b <= BINS; b++) {
        const th = (b / BINS) * Math.PI;
        if (th < thA || th > thEnd) continue;
        let y = ya - drop * Math.pow((th - thA) / (Math.PI - thA), 1.3);
        if (th > thBone && k >= 8 && k <= 10) y += ((th - thBone) / (thEnd - thBone)) * 22 * s; // costal margin rises — MOORE2014
        yTab[b] = y;
        rTab[b] = body.ringR(body.sliceAt(y), sg * th);
      }
      ribs.push({ k, side, head, tubercle, angle, thA, thBone, thEnd, rh: RIB_HALF_HEIGHT[k - 1]! * s, yTab, rTab });
    }
  }

  const ribsLeft = ribs.filter((r) => r.side === "left");
  const ribsRight = ribs.filter((r) => r.side === "right");

  /** Rib (or cartilage) hit at a point, by polar coordinates of its slice. */
  function ribAt(px: number, py: number, pz: number, th: number, r: number): string | null {
    const ath = Math.abs(th);
    const fb = (ath / Math.PI) * BINS;
    const b0 = Math.floor(fb);
    const t = fb - b0;
    for (const rib of px >= 0 ? ribsLeft : ribsRight) {
      const side = rib.side;
      // medial part: neck (head → tubercle) and tubercle → angle
      if (Math.abs(py - rib.tubercle[1]) < 40 * s) {
        const d1 = segD2(px, py, pz, rib.head, rib.tubercle);
        const d2 = segD2(px, py, pz, rib.tubercle, rib.angle);
        if (Math.min(d1, d2) <= NECK_R * NECK_R * s * s) return `bone:rib-${rib.k}-${side}`;
      }
      if (ath < rib.thA || ath > rib.thEnd) continue;
      const y0 = rib.yTab[b0]!, y1 = rib.yTab[Math.min(BINS, b0 + 1)]!;
      const yc = Number.isNaN(y1) ? y0 : y0 + (y1 - y0) * t;
      if (Number.isNaN(yc)) continue;
      const cart = ath > rib.thBone;
      const rh = cart ? CART_HALF_HEIGHT * s : rib.rh;
      const dy = py - yc;
      if (Math.abs(dy) > rh) continue;
      const r0 = rib.rTab[b0]!, r1 = rib.rTab[Math.min(BINS, b0 + 1)]!;
      const rc = Number.isNaN(r1) ? r0 : r0 + (r1 - r0) * t;
      const rt = cart ? CART_HALF_THICK : RIB_HALF_THICK;
      const dr = r - rc;
      if ((dy / rh) ** 2 + (dr / rt) ** 2 <= 1) return cart ? `cartilage:costal-${rib.k}-${side}` : `bone:rib-${rib.k}-${side}`;
    }
    // Intercostal neurovascular bundle: lateral of the rib angle it runs in the costal groove, on the inner
    // side of the lower border of each rib (vein, artery, nerve) — MOORE2014; bundle radius ≈ 2 mm (ESTIMATE).
    for (const rib of px >= 0 ? ribsLeft : ribsRight) {
      if (ath < rib.thA || ath > rib.thBone || rib.k > 11) continue;
      const y0 = rib.yTab[b0]!, y1 = rib.yTab[Math.min(BINS, b0 + 1)]!;
      const yc = Number.isNaN(y1) ? y0 : y0 + (y1 - y0) * t;
      if (Number.isNaN(yc)) continue;
      const dy = py - (yc - rib.rh - 0.5 * s);
      if (Math.abs(dy) > BUNDLE_R) continue;
      const r0 = rib.rTab[b0]!, r1 = rib.rTab[Math.min(BINS, b0 + 1)]!;
      const rc = Number.isNaN(r1) ? r0 : r0 + (r1 - r0) * t;
      const dr = r - (rc - RIB_HALF_THICK);
      if (dy * dy + dr * dr <= BUNDLE_R * BUNDLE_R) return `vessel:intercostal-${rib.k}-${rib.side}`;
    }
    return null;
  }

  /** Nearest rib centre (vertical offset) at the polar angle of a point; used for "over the rib" checks. */
  function nearestRib(px: number, py: number, th: number): { k: number; dy: number; rh: number } | null {
    const ath = Math.abs(th);
    const side = px >= 0 ? "left" : "right";
    const b = Math.round((ath / Math.PI) * BINS);
    let best: { k: number; dy: number; rh: number } | null = null;
    for (const rib of ribs) {
      if (rib.side !== side) continue;
      let yc: number;
      if (ath >= rib.thA && ath <= rib.thBone) yc = rib.yTab[b]!;
      else if (ath < rib.thA && Math.abs(px) >= Math.abs(rib.tubercle[0])) {
        const f = (Math.abs(px) - Math.abs(rib.tubercle[0])) / Math.max(1, Math.abs(rib.angle[0]) - Math.abs(rib.tubercle[0]));
        yc = rib.tubercle[1] + (rib.angle[1] - rib.tubercle[1]) * clamp(f, 0, 1);
      } else continue;
      if (Number.isNaN(yc)) continue;
      const dy = py - yc;
      if (!best || Math.abs(dy) < Math.abs(best.dy)) best = { k: rib.k, dy, rh: rib.rh };
    }
    return best;
  }

  // ---- vertebrae -----------------------------------------------------------------------------------------
  function vertebraAt(vt: Vertebra, px: number, py: number, pz: number): string | null {
    const dx = px - vt.c[0], dy = py - vt.c[1], dz = pz - vt.c[2];
    const lu = dx * vt.u[0] + dy * vt.u[1] + dz * vt.u[2];
    const lv = dx * vt.v[0] + dy * vt.v[1] + dz * vt.v[2];
    const lw = dx * vt.w[0] + dy * vt.w[1] + dz * vt.w[2];
    const d = vt.dims;
    const L = vt.level;
    if (Math.abs(lu) > d.tpx + d.tpR + 1 || lv > vt.seg || lv < -vt.seg - d.spDrop - d.spR) return null;
    const side = lu >= 0 ? "left" : "right";
    if ((lu / d.a) ** 2 + (lw / d.b) ** 2 <= 1) {
      if (Math.abs(lv) <= d.hb) return `bone:${L}-body`;
      // Intervertebral disc below this body (above it for the caudal half is the disc of the level above).
      if (lv < 0 && lv >= -vt.seg / 2 && vt.index < col.length - 1) return `disc:${L}-${col[vt.index + 1]!.level}`;
      if (lv > 0 && lv <= vt.seg / 2 && vt.index > 0) return `disc:${col[vt.index - 1]!.level}-${L}`;
    }
    const canalW = lw + d.b + d.cd;
    const lamFront = -(d.b + 2 * d.cd);
    const lamBack = lamFront - d.lt;
    if (lw <= -d.b + 1 && lw >= lamFront && Math.abs(lv) <= 0.3 * vt.seg && Math.abs(lu) >= d.cw * 0.85 && Math.abs(lu) <= d.cw + 4 * s) return `bone:${L}-pedicle-${side}`;
    if (lw <= lamFront && lw >= lamBack && Math.abs(lu) <= d.cw + 6 * s && Math.abs(lv - d.ls) <= d.lh) return `bone:${L}-lamina-${side}`;
    // Articular processes (facet column) lateral of the lamina: with the laminae they close the posterior
    // bony wall between the transverse processes; ≈ 8 mm wide, spanning the segment — PANJABI1991T (ESTIMATE).
    if (vt.index >= 2 && lw <= lamFront + 4 * s && lw >= lamBack && Math.abs(lu) > d.cw + 2 * s && Math.abs(lu) <= d.cw + 10 * s && Math.abs(lv) <= 0.5 * vt.seg)
      return `bone:${L}-articular-${side}`;
    // spinous process: capsule lamina → tip (lumbar processes are taller: scaled vertical axis)
    const tip = spTipCentre(vt);
    const vScale = vt.index >= 19 ? 2.6 : vt.index === 1 ? 1.6 : 1;
    const a: Vec3 = [0, d.ls / vScale, lamBack + 2 * s];
    const b: Vec3 = [0, (d.ls + (tip[1] - d.ls)) / vScale, tip[2]];
    if (segD2(lu, lv / vScale, lw, a, b) <= d.spR * d.spR) return `bone:${L}-spinous`;
    // transverse process
    const sg = lu >= 0 ? 1 : -1;
    const tpA: Vec3 = [sg * (d.cw + 2 * s), 0, -(d.b + d.cd)];
    const tpB: Vec3 = [sg * d.tpx, 0, d.tpw];
    if (segD2(lu, lv, lw, tpA, tpB) <= d.tpR * d.tpR) return `bone:${L}-transverse-${side}`;
    if (Math.abs(lv) <= vt.seg / 2 && (lu / d.cw) ** 2 + (canalW / d.cd) ** 2 <= 1) return "spinal-canal";
    return null;
  }

  // ---- sternum: manubrium from the jugular notch (T2/T3) to the xiphoid (T9–T10) — MOORE2014 ------------------
  const yJug = col[idx("T2")]!.c[1] - 0.3 * col[idx("T2")]!.seg;
  const yMS = col[idx("T4")]!.c[1] - 0.5 * col[idx("T4")]!.seg;
  const yXi = col[idx("T9")]!.c[1] - 0.5 * col[idx("T9")]!.seg;
  const yXiEnd = col[idx("T10")]!.c[1] - 0.3 * col[idx("T10")]!.seg;
  function sternumAt(px: number, py: number, th: number, r: number, ringR: number): string | null {
    if (Math.abs(th) < 0.85 * Math.PI || py > yJug || py < yXiEnd) return null;
    const halfW = (py > yMS ? 26 : py > yXi ? 16 : 8) * s; // manubrium ≈ 5 cm, body ≈ 3 cm wide — MOORE2014 (ESTIMATE)
    if (Math.abs(px) > halfW) return null;
    return Math.abs(r - ringR) <= 6 * s ? "bone:sternum" : null; // ≈ 12 mm thick — ESTIMATE
  }

  // ---- muscle volumes ----------------------------------------------------------------------------------
  const c1 = col[0]!, c2 = col[1]!;
  const c2tip = spTipCentre(c2);
  const ociA = toWorld(c2, 0, c2tip[1], c2tip[2] * 0.7); // spinous process of C2 — MOORE2014
  const ociB = { left: c1.tpTip.left, right: c1.tpTip.right }; // transverse process of C1 — MOORE2014
  const OCI_R = 7 * s; // ≈ 14 mm thick belly — ESTIMATE
  const l1 = col[idx("L1")]!, l5 = col[idx("L5")]!;
  function volumeAt(px: number, py: number, pz: number): string | null {
    if (py > c2.c[1] - c2.seg) {
      const seg = px >= 0 ? ociB.left : ociB.right;
      if (segD2(px, py, pz, ociA, seg) <= OCI_R * OCI_R) return "muscle:obliquus-capitis-inferior";
      return null;
    }
    // Quadratus lumborum: 12th rib to the iliac crest, ventral to the lumbar transverse processes, lateral
    // of the bodies; ≈ 15–20 mm thick — MOORE2014, MCGILL1993 (dimensions ESTIMATE).
    if (py < l1.c[1] + 0.5 * l1.seg && py > l5.c[1] - 0.5 * l5.seg) {
      const L = locate(prof.bodyY, py);
      const xs = prof.bodyX[L.i]! + (prof.bodyX[L.i + 1]! - prof.bodyX[L.i]!) * L.t;
      const a = prof.a[L.i]!;
      const tpx = prof.tpx[L.i]! + (prof.tpx[L.i + 1]! - prof.tpx[L.i]!) * L.t;
      const zTp = prof.tpZLeft[L.i]! + (prof.tpZLeft[L.i + 1]! - prof.tpZLeft[L.i]!) * L.t;
      const axs = Math.abs(px - xs);
      if (axs > a + 6 * s && axs < tpx + 40 * s && pz > zTp + 4 * s && pz < zTp + 24 * s) return "muscle:quadratus-lumborum";
    }
    return null;
  }

  // Vertebral artery: up through the transverse foramina C6–C1, then dorsally over the posterior arch of the
  // atlas toward the foramen magnum — MOORE2014.
  const vertebral = { left: [] as Vec3[], right: [] as Vec3[] };
  for (const side of ["left", "right"] as const) {
    const sg = side === "left" ? 1 : -1;
    for (let i = 5; i >= 1; i--) {
      const vt = col[i]!;
      vertebral[side].push(toWorld(vt, sg * (vt.dims.a + 7 * s), 0, -0.2 * vt.dims.b));
    }
    const atlas = col[0]!;
    vertebral[side].push(toWorld(atlas, sg * (atlas.dims.tpx - 12 * s), 0, -0.2 * atlas.dims.b));
    vertebral[side].push(toWorld(atlas, sg * (atlas.dims.cw + 1 * s), 0.5 * atlas.seg, -(atlas.dims.b + 2 * atlas.dims.cd)));
    vertebral[side].push(toWorld(atlas, sg * 6 * s, 0.9 * atlas.seg, -(atlas.dims.b + atlas.dims.cd)));
  }
  const yVertebralLow = col[5]!.c[1] - col[5]!.seg;
  function vesselAt(px: number, py: number, pz: number): string | null {
    if (py < yVertebralLow) return null;
    const side = px >= 0 ? "left" : "right";
    const pts = vertebral[side];
    for (let k = 0; k < pts.length - 1; k++) if (segD2(px, py, pz, pts[k]!, pts[k + 1]!) <= VERTEBRAL_R * VERTEBRAL_R * s * s) return `vessel:vertebral-artery-${side}`;
    return null;
  }

  function boneAt(px: number, py: number, pz: number, th: number, r: number): string | null {
    const vessel = vesselAt(px, py, pz);
    if (vessel) return vessel;
    const L = locate(prof.bodyY, py);
    const i0 = Math.max(0, L.i - 1), i1 = Math.min(col.length - 1, L.i + 2);
    let canal: string | null = null;
    let disc: string | null = null;
    for (let i = i0; i <= i1; i++) {
      const hit = vertebraAt(col[i]!, px, py, pz);
      if (hit === "spinal-canal") canal = hit;
      else if (hit && hit.startsWith("disc:")) disc = hit;
      else if (hit) return hit;
    }
    if (canal) return canal;
    if (disc) return disc;
    const rib = ribAt(px, py, pz, th, r);
    if (rib) return rib;
    const sl = body.sliceAt(py);
    return sternumAt(px, py, th, r, body.ringR(sl, th));
  }

  return { ribs, ribAt, nearestRib, vertebraAt, boneAt, volumeAt, vertebral, yJug, yXiEnd, yMS, yXi, ociA, ociB, OCI_R };
}
export type SkeletonQuery = ReturnType<typeof buildSkeleton>;
