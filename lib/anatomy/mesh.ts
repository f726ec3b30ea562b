/** Render meshes (positions/indices) generated from the same analytic model the evaluation uses. */
import type { StructureGroup, StructureMesh, Vec3 } from "./types";
import type { AnatomyModel } from "./model";
import { spTipCentre, toWorld, type Vertebra } from "./column";
import { cross, norm, sub } from "./math";
import type { Layer } from "./body";
import { RIB_HALF_THICK } from "./body";
import { labelFor } from "./labels";

/** Growable typed buffers (meshes are large; plain arrays made building GC-bound). */
class MeshBuilder {
  private p = new Float32Array(3 * 256);
  private np = 0;
  private ix = new Uint32Array(6 * 256);
  private ni = 0;
  get vertexCount() {
    return this.np / 3;
  }
  vertex(q: Vec3): number {
    if (this.np + 3 > this.p.length) {
      const n = new Float32Array(this.p.length * 2);
      n.set(this.p);
      this.p = n;
    }
    this.p[this.np++] = q[0];
    this.p[this.np++] = q[1];
    this.p[this.np++] = q[2];
    return this.np / 3 - 1;
  }
  private push3(a: number, b: number, c: number) {
    if (this.ni + 3 > this.ix.length) {
      const n = new Uint32Array(this.ix.length * 2);
      n.set(this.ix);
      this.ix = n;
    }
    this.ix[this.ni++] = a;
    this.ix[this.ni++] = b;
    this.ix[this.ni++] = c;
  }
  tri(a: number, b: number, c: number) {
    this.push3(a, b, c);
  }
  quad(a: number, b: number, c: number, d: number) {
    this.push3(a, b, c);
    this.push3(a, c, d);
  }
  /** Grid of (nu × nv) points written by f into `out`; f returns false to drop a point (and its cells). */
  grid(nu: number, nv: number, f: (i: number, j: number, out: Vec3) => boolean, wrapU = false, flip = false) {
    const ids = new Int32Array(nu * nv).fill(-1);
    const q: Vec3 = [0, 0, 0];
    for (let j = 0; j < nv; j++)
      for (let i = 0; i < nu; i++) {
        if (f(i, j, q)) ids[j * nu + i] = this.vertex(q);
      }
    const iu = wrapU ? nu : nu - 1;
    for (let j = 0; j < nv - 1; j++)
      for (let i = 0; i < iu; i++) {
        const i1 = (i + 1) % nu;
        const a = ids[j * nu + i]!, b = ids[j * nu + i1]!, c = ids[(j + 1) * nu + i1]!, d = ids[(j + 1) * nu + i]!;
        if (a < 0 || b < 0 || c < 0 || d < 0) continue;
        if (flip) this.quad(a, d, c, b);
        else this.quad(a, b, c, d);
      }
  }
  /** Closed tube through centre points with an elliptic cross-section (half-axes along `up` and the side). */
  tube(centres: Vec3[], up: (k: number) => Vec3, hu: number, hs: number, segs = 10) {
    if (centres.length < 2) return;
    const rings: number[] = [];
    for (let k = 0; k < centres.length; k++) {
      const c = centres[k]!;
      const prev = centres[Math.max(0, k - 1)]!, next = centres[Math.min(centres.length - 1, k + 1)]!;
      const t = norm(sub(next, prev));
      const side = norm(cross(t, up(k)));
      const u = norm(cross(side, t));
      rings.push(this.vertexCount);
      for (let s = 0; s < segs; s++) {
        const a = (s / segs) * Math.PI * 2;
        const cu = Math.cos(a) * hu, cs = Math.sin(a) * hs;
        this.vertex([c[0] + u[0] * cu + side[0] * cs, c[1] + u[1] * cu + side[1] * cs, c[2] + u[2] * cu + side[2] * cs]);
      }
    }
    for (let k = 0; k < rings.length - 1; k++)
      for (let s = 0; s < segs; s++) {
        const s1 = (s + 1) % segs;
        this.quad(rings[k]! + s, rings[k]! + s1, rings[k + 1]! + s1, rings[k + 1]! + s);
      }
    // caps
    for (const [k, dirn] of [[0, -1], [rings.length - 1, 1]] as const) {
      const c = this.vertex(centres[k]!);
      for (let s = 0; s < segs; s++) {
        const s1 = (s + 1) % segs;
        if (dirn < 0) this.tri(c, rings[k]! + s1, rings[k]! + s);
        else this.tri(c, rings[k]! + s, rings[k]! + s1);
      }
    }
  }
  /** Box in a local frame mapped by `map`. */
  box(map: (u: number, v: number, w: number) => Vec3, u0: number, u1: number, v0: number, v1: number, w0: number, w1: number) {
    const c = [
      [u0, v0, w0], [u1, v0, w0], [u1, v1, w0], [u0, v1, w0],
      [u0, v0, w1], [u1, v0, w1], [u1, v1, w1], [u0, v1, w1],
    ].map(([u, v, w]) => this.vertex(map(u!, v!, w!)));
    const q = (a: number, b: number, cc: number, d: number) => this.quad(c[a]!, c[b]!, c[cc]!, c[d]!);
    q(0, 3, 2, 1); q(4, 5, 6, 7); q(0, 1, 5, 4); q(2, 3, 7, 6); q(1, 2, 6, 5); q(0, 4, 7, 3);
  }
  toMesh(id: string, group: StructureGroup): StructureMesh {
    return { id, group, label: labelFor(id), positions: this.p.slice(0, this.np), indices: this.ix.slice(0, this.ni) };
  }
}

function vertebraMeshes(vt: Vertebra, s: number): StructureMesh[] {
  const d = vt.dims;
  const L = vt.level;
  const map = (u: number, v: number, w: number) => toWorld(vt, u, v, w);
  const out: StructureMesh[] = [];
  const body = new MeshBuilder();
  body.tube([map(0, -d.hb, 0), map(0, d.hb, 0)], () => vt.w, d.b, d.a, 14);
  out.push(body.toMesh(`bone:${L}-body`, "bone"));
  const lamFront = -(d.b + 2 * d.cd);
  const lamBack = lamFront - d.lt;
  for (const side of ["left", "right"] as const) {
    const sg = side === "left" ? 1 : -1;
    const lam = new MeshBuilder();
    lam.box(map, sg > 0 ? 0 : -(d.cw + 6 * s), sg > 0 ? d.cw + 6 * s : 0, d.ls - d.lh, d.ls + d.lh, lamBack, lamFront);
    out.push(lam.toMesh(`bone:${L}-lamina-${side}`, "bone"));
    if (vt.index >= 2) {
      const art = new MeshBuilder();
      art.box(map, sg > 0 ? d.cw + 2 * s : -(d.cw + 10 * s), sg > 0 ? d.cw + 10 * s : -(d.cw + 2 * s), -0.5 * vt.seg, 0.5 * vt.seg, lamBack, lamFront + 4 * s);
      out.push(art.toMesh(`bone:${L}-articular-${side}`, "bone"));
    }
    const ped = new MeshBuilder();
    ped.box(map, sg > 0 ? d.cw * 0.85 : -(d.cw + 4 * s), sg > 0 ? d.cw + 4 * s : -d.cw * 0.85, -0.3 * vt.seg, 0.3 * vt.seg, lamFront, -d.b + 1);
    out.push(ped.toMesh(`bone:${L}-pedicle-${side}`, "bone"));
    const tp = new MeshBuilder();
    tp.tube([map(sg * (d.cw + 2 * s), 0, -(d.b + d.cd)), map(sg * d.tpx, 0, d.tpw)], () => vt.v, d.tpR, d.tpR, 8);
    out.push(tp.toMesh(`bone:${L}-transverse-${side}`, "bone"));
  }
  const tip = spTipCentre(vt);
  const sp = new MeshBuilder();
  const vScale = vt.index >= 19 ? 2.6 : vt.index === 1 ? 1.6 : 1;
  sp.tube([map(0, d.ls, lamBack + 2 * s), map(0, tip[1], tip[2])], () => vt.u, d.spR, d.spR * vScale, 8);
  out.push(sp.toMesh(`bone:${L}-spinous`, "bone"));
  return out;
}

export function buildMeshes(m: AnatomyModel): StructureMesh[] {
  const { body, column, skeleton, s } = m;
  const out: StructureMesh[] = [];
  const yTop = column[0]!.c[1] + 20 * s;
  const yBot = column[column.length - 1]!.c[1] - 30 * s;
  const NU = 96, NV = 110;
  // ---- skin, subcutis and layered muscles from one pass over (θ, y) ----
  const skin = new Float64Array(NU * NV);
  const fat0 = new Float64Array(NU * NV);
  const layerR = new Map<string, Float64Array>(); // id → [r0, r1] per vertex
  const thOf = (i: number) => -Math.PI + (i / NU) * 2 * Math.PI;
  const layers: Layer[] = [];
  const yOf = (j: number) => yBot + ((yTop - yBot) * j) / (NV - 1);
  for (let j = 0; j < NV; j++) {
    const y = yOf(j);
    const sl = body.sliceAt(y);
    for (let i = 0; i < NU; i++) {
      const th = thOf(i);
      let r = body.ringR(sl, th);
      let st = body.stack(sl, th, r);
      for (let k = 0; k < 3; k++) {
        r = (st.floor + st.skin) / 2;
        st = body.stack(sl, th, r);
      }
      layers.length = 0;
      body.stack(sl, th, r, layers);
      skin[j * NU + i] = st.skin;
      fat0[j * NU + i] = st.fat0;
      const x = r * Math.sin(th);
      for (const l of layers) {
        if (l.id === "skin" || l.id === "subcutis") continue;
        const put = (id: string, r0: number, r1: number) => {
          let arr = layerR.get(id);
          if (!arr) {
            arr = new Float64Array(NU * NV * 2).fill(NaN);
            layerR.set(id, arr);
          }
          arr[(j * NU + i) * 2] = r0;
          arr[(j * NU + i) * 2 + 1] = r1;
        };
        if (l.id === "muscle:paraspinal") {
          const lo = body.paraspinalMuscle(sl, x, l.r0 + 0.25 * (l.r1 - l.r0), l.r0, l.r1);
          const hi = body.paraspinalMuscle(sl, x, l.r0 + 0.75 * (l.r1 - l.r0), l.r0, l.r1);
          const mid = (l.r0 + l.r1) / 2;
          if (lo === hi) put(lo, l.r0, l.r1);
          else {
            put(lo, l.r0, mid);
            put(hi, mid, l.r1);
          }
        } else put(l.id, l.r0, l.r1);
      }
    }
  }
  const zcs = Float64Array.from({ length: NV }, (_, j) => body.sliceAt(yOf(j)).zc);
  const P = (j: number, th: number, r: number, o: Vec3): boolean => {
    if (Number.isNaN(r)) return false;
    o[0] = r * Math.sin(th);
    o[1] = yOf(j);
    o[2] = zcs[j]! - r * Math.cos(th);
    return true;
  };
  const sk = new MeshBuilder();
  sk.grid(NU, NV, (i, j, o) => P(j, thOf(i), skin[j * NU + i]!, o), true, true);
  out.push(sk.toMesh("skin", "skin"));
  const sc = new MeshBuilder();
  sc.grid(NU, NV, (i, j, o) => P(j, thOf(i), fat0[j * NU + i]!, o), true, true);
  out.push(sc.toMesh("subcutis", "subcutis"));
  for (const [id, arr] of layerR) {
    const mb = new MeshBuilder();
    const top = (i: number, j: number, o: Vec3) => P(j, thOf(i), arr[(j * NU + i) * 2 + 1]!, o);
    const bot = (i: number, j: number, o: Vec3) => P(j, thOf(i), arr[(j * NU + i) * 2]!, o);
    mb.grid(NU, NV, top, true, true);
    mb.grid(NU, NV, bot, true, false);
    out.push(mb.toMesh(id, id.startsWith("bone:") ? "bone" : "muscle"));
  }
  // ---- vertebrae, canal ----
  for (const vt of column) out.push(...vertebraMeshes(vt, s));
  const canal = new MeshBuilder();
  canal.tube(
    column.map((vt) => toWorld(vt, 0, 0, -(vt.dims.b + vt.dims.cd))),
    (k) => column[k]!.w,
    9 * s,
    9 * s,
    12,
  );
  out.push(canal.toMesh("spinal-canal", "canal"));
  // ---- ribs and cartilages ----
  for (const rib of skeleton.ribs) {
    const sg = rib.side === "left" ? 1 : -1;
    const bins = rib.yTab.length - 1;
    const bone: Vec3[] = [rib.head, rib.tubercle, rib.angle];
    const cart: Vec3[] = [];
    for (let b = 0; b <= bins; b += 6) {
      const th = (b / bins) * Math.PI;
      if (th <= rib.thA || th > rib.thEnd) continue;
      const y = rib.yTab[b]!, r = rib.rTab[b]!;
      if (Number.isNaN(y)) continue;
      const sl = body.sliceAt(y);
      const p: Vec3 = [r * Math.sin(sg * th), y, sl.zc - r * Math.cos(th)];
      if (th <= rib.thBone) bone.push(p);
      else {
        if (cart.length === 0) cart.push(bone[bone.length - 1]!);
        cart.push(p);
      }
    }
    const rb = new MeshBuilder();
    rb.tube(bone, () => [0, 1, 0], rib.rh, RIB_HALF_THICK, 8);
    out.push(rb.toMesh(`bone:rib-${rib.k}-${rib.side}`, "bone"));
    if (cart.length > 1) {
      const cb = new MeshBuilder();
      cb.tube(cart, () => [0, 1, 0], 5 * s, 4, 8);
      out.push(cb.toMesh(`cartilage:costal-${rib.k}-${rib.side}`, "cartilage"));
    }
  }
  // ---- sternum ----
  {
    const pts: Vec3[] = [];
    for (let k = 0; k <= 20; k++) {
      const y = skeleton.yJug + ((skeleton.yXiEnd - skeleton.yJug) * k) / 20;
      const sl = body.sliceAt(y);
      pts.push([0, y, sl.zc + body.ringR(sl, Math.PI)]);
    }
    const st = new MeshBuilder();
    st.tube(pts, () => [0, 0, 1], 6 * s, 18 * s, 10);
    out.push(st.toMesh("bone:sternum", "bone"));
  }
  // ---- pleura and lung (outer boundary per ray) ----
  for (const [id, sdf, group] of [
    ["pleura", (p: Vec3) => body.pleuraSd(p[0], p[1], p[2]), "pleura"],
    ["lung", (p: Vec3) => body.lungSd(p[0], p[1], p[2]), "lung"],
  ] as const) {
    const mb = new MeshBuilder();
    const NT = 48, NY = 70;
    const y0 = m.levelY("T12") - 25 * s, y1 = m.levelY("T1") + 20 * s;
    for (const sg of [1, -1]) {
      mb.grid(
        NT,
        NY,
        (i, j, o) => {
          const th = sg * (0.03 + (0.94 * i) / (NT - 1)) * Math.PI;
          const y = y0 + ((y1 - y0) * j) / (NY - 1);
          const sl = body.sliceAt(y);
          const zc = sl.zc;
          const sn = Math.sin(th), cs = Math.cos(th);
          const rMax = body.ringR(sl, th);
          const sdR = (r: number) => {
            o[0] = r * sn;
            o[1] = y;
            o[2] = zc - r * cs;
            return sdf(o);
          };
          let rIn = NaN;
          for (let r = rMax; r > 5; r -= 3)
            if (sdR(r) <= 0) {
              rIn = r;
              break;
            }
          if (Number.isNaN(rIn)) return false;
          let a = rIn, b = Math.min(rMax, rIn + 3);
          for (let k = 0; k < 10; k++) {
            const mid = (a + b) / 2;
            if (sdR(mid) <= 0) a = mid;
            else b = mid;
          }
          sdR(a);
          return true;
        },
        false,
        sg < 0,
      );
    }
    out.push(mb.toMesh(id, group));
  }
  // ---- muscle volumes ----
  {
    const oci = new MeshBuilder();
    oci.tube([skeleton.ociA, skeleton.ociB.left], () => [0, 1, 0], skeleton.OCI_R, skeleton.OCI_R, 10);
    oci.tube([skeleton.ociA, skeleton.ociB.right], () => [0, 1, 0], skeleton.OCI_R, skeleton.OCI_R, 10);
    out.push(oci.toMesh("muscle:obliquus-capitis-inferior", "muscle"));
    const ql = new MeshBuilder();
    const l1 = column.find((v) => v.level === "L1")!, l4 = column.find((v) => v.level === "L4")!;
    for (const sg of [1, -1]) {
      const x0 = sg * (l1.dims.a + 6 * s), x1 = sg * (l4.dims.tpx + 40 * s);
      const z0 = l4.tpTip.left[2] + 4 * s, z1 = z0 + 20 * s;
      ql.box((u, v, w) => [u, v, w], Math.min(x0, x1), Math.max(x0, x1), l4.c[1] - 0.5 * l4.seg, l1.c[1] + 0.5 * l1.seg, z0, z1);
    }
    out.push(ql.toMesh("muscle:quadratus-lumborum", "muscle"));
  }
  return out;
}
