/**
 * Height profiles of the spine: interpolation of per-level values (body centre, spinous and transverse
 * tips) at any height y, so that the envelope, layers and pleura follow the column (also with scoliosis).
 */
import type { Vertebra } from "./column";

export type Located = { i: number; t: number };

/** Find i, t with ys[i] ≥ y ≥ ys[i+1] (ys descending); clamped at the ends. */
export function locate(ys: Float64Array, y: number): Located {
  const n = ys.length;
  if (y >= ys[0]!) return { i: 0, t: 0 };
  if (y <= ys[n - 1]!) return { i: n - 2, t: 1 };
  let lo = 0, hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ys[mid]! >= y) lo = mid;
    else hi = mid;
  }
  const t = (ys[lo]! - y) / (ys[lo]! - ys[hi]!);
  return { i: lo, t };
}
export const at = (arr: Float64Array, L: Located): number => arr[L.i]! + (arr[L.i + 1]! - arr[L.i]!) * L.t;

export type SpineProfile = {
  bodyY: Float64Array;
  bodyX: Float64Array;
  bodyZ: Float64Array;
  a: Float64Array;
  b: Float64Array;
  cw: Float64Array;
  cd: Float64Array;
  lt: Float64Array;
  tpx: Float64Array;
  tpR: Float64Array;
  /** z of the dorsal surface of the laminae at the body's height. */
  lamZ: Float64Array;
  tpZLeft: Float64Array;
  tpZRight: Float64Array;
  tipY: Float64Array;
  tipX: Float64Array;
  tipZ: Float64Array;
  seg: Float64Array;
};

export function buildProfile(col: Vertebra[]): SpineProfile {
  const n = col.length;
  const f = (g: (v: Vertebra) => number) => Float64Array.from(col.map(g));
  void n;
  return {
    bodyY: f((v) => v.c[1]),
    bodyX: f((v) => v.c[0]),
    bodyZ: f((v) => v.c[2]),
    a: f((v) => v.dims.a),
    b: f((v) => v.dims.b),
    cw: f((v) => v.dims.cw),
    cd: f((v) => v.dims.cd),
    lt: f((v) => v.dims.lt),
    tpx: f((v) => v.dims.tpx),
    tpR: f((v) => v.dims.tpR),
    lamZ: f((v) => v.c[2] - (v.dims.b + 2 * v.dims.cd + v.dims.lt) * v.w[2]),
    tpZLeft: f((v) => v.tpTip.left[2]),
    tpZRight: f((v) => v.tpTip.right[2]),
    tipY: f((v) => v.spTip[1]),
    tipX: f((v) => v.spTip[0]),
    tipZ: f((v) => v.spTip[2]),
    seg: f((v) => v.seg),
  };
}
