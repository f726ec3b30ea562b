/**
 * Cuts triangle meshes with an axis-aligned plane and stitches the cut segments into outlines, for the
 * trainer's 2D cross-section (transverse: y = const; sagittal: x = const). Pure; coordinates in mm.
 */
export type Axis = "x" | "y" | "z";
export type Point2 = [number, number];
export type Outline = { points: Point2[]; closed: boolean };

const AXIS_INDEX: Record<Axis, number> = { x: 0, y: 1, z: 2 };

/** The two in-plane coordinates kept for each cutting axis (transverse: x and z; sagittal: z and y). */
export const PLANE_AXES: Record<Axis, [number, number]> = { x: [2, 1], y: [0, 2], z: [0, 1] };

/** Raw segments where the plane crosses the triangles (each [a, b] in the plane's 2D coordinates). */
export function sliceSegments(positions: ArrayLike<number>, indices: ArrayLike<number>, axis: Axis, value: number): [Point2, Point2][] {
  const k = AXIS_INDEX[axis];
  const [u, v] = PLANE_AXES[axis];
  const out: [Point2, Point2][] = [];
  const pts: Point2[] = [];
  for (let t = 0; t + 2 < indices.length; t += 3) {
    pts.length = 0;
    const ia = indices[t]! * 3, ib = indices[t + 1]! * 3, ic = indices[t + 2]! * 3;
    // Vertices lying exactly on the plane are nudged to one side so every crossing counts once.
    const da = (positions[ia + k]! - value) || 1e-9, db = (positions[ib + k]! - value) || 1e-9, dc = (positions[ic + k]! - value) || 1e-9;
    const edge = (i1: number, d1: number, i2: number, d2: number) => {
      if ((d1 < 0) === (d2 < 0)) return;
      const s = d1 / (d1 - d2);
      pts.push([positions[i1 + u]! + s * (positions[i2 + u]! - positions[i1 + u]!), positions[i1 + v]! + s * (positions[i2 + v]! - positions[i1 + v]!)]);
    };
    edge(ia, da, ib, db);
    edge(ib, db, ic, dc);
    edge(ic, dc, ia, da);
    if (pts.length === 2) out.push([pts[0]!, pts[1]!]);
  }
  return out;
}

/** Joins segments that share end points (within `tolerance` mm) into polylines; closed when they loop. */
export function stitch(segments: [Point2, Point2][], tolerance = 1e-3): Outline[] {
  const key = (p: Point2) => `${Math.round(p[0] / tolerance)},${Math.round(p[1] / tolerance)}`;
  const ends = new Map<string, number[]>();
  segments.forEach(([a, b], i) => {
    for (const p of [a, b]) {
      const k = key(p);
      const list = ends.get(k);
      if (list) list.push(i);
      else ends.set(k, [i]);
    }
  });
  const used = new Uint8Array(segments.length);
  const outlines: Outline[] = [];
  const nextFrom = (p: Point2): [number, Point2] | null => {
    for (const i of ends.get(key(p)) ?? []) {
      if (used[i]) continue;
      const [a, b] = segments[i]!;
      used[i] = 1;
      return [i, key(a) === key(p) ? b : a];
    }
    return null;
  };
  for (let i = 0; i < segments.length; i++) {
    if (used[i]) continue;
    used[i] = 1;
    const [a, b] = segments[i]!;
    const forward: Point2[] = [a, b];
    let step = nextFrom(b);
    while (step) {
      forward.push(step[1]);
      step = nextFrom(step[1]);
    }
    const closed = forward.length > 3 && key(forward[0]!) === key(forward[forward.length - 1]!);
    if (!closed) {
      // Walk backwards from the first point too, so an open outline is one polyline, not two.
      const backward: Point2[] = [];
      let back = nextFrom(a);
      while (back) {
        backward.push(back[1]);
        back = nextFrom(back[1]);
      }
      forward.unshift(...backward.reverse());
    } else {
      forward.pop();
    }
    outlines.push({ points: forward, closed });
  }
  return outlines;
}

export function sliceMesh(positions: ArrayLike<number>, indices: ArrayLike<number>, axis: Axis, value: number, tolerance = 1e-3): Outline[] {
  return stitch(sliceSegments(positions, indices, axis, value), tolerance);
}

/** SVG path data for outlines ("Z" closes loops; pair with fill-rule="evenodd" for holes). */
export function outlinePath(outlines: Outline[], digits = 1): string {
  const f = (n: number) => n.toFixed(digits);
  return outlines
    .filter((o) => o.points.length >= 2)
    .map((o) => `M${o.points.map((p) => `${f(p[0])} ${f(p[1])}`).join("L")}${o.closed ? "Z" : ""}`)
    .join("");
}

const dist = (a: Point2, b: Point2) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const lengthOf = (pts: Point2[]) => pts.slice(1).reduce((sum, p, i) => sum + dist(pts[i]!, p), 0);

/**
 * Layered soft tissue is modelled as open sheets, so its cut is two open chains (outer and inner face).
 * This joins such pairs into one closed band (chain A, then chain B walked back), and closes a single
 * chain whose ends nearly meet, so sections can be filled. Chains without a partner stay open.
 */
export function closeOutlines(outlines: Outline[], maxGapMm = 40): Outline[] {
  const out: Outline[] = outlines.filter((o) => o.closed);
  const open = outlines.filter((o) => !o.closed && o.points.length >= 2);
  const used = new Set<number>();
  for (let i = 0; i < open.length; i++) {
    if (used.has(i)) continue;
    const a = open[i]!.points;
    let best = -1;
    let bestGap = Infinity;
    let reverse = false;
    for (let j = i + 1; j < open.length; j++) {
      if (used.has(j)) continue;
      const b = open[j]!.points;
      const same = dist(a[0]!, b[0]!) + dist(a.at(-1)!, b.at(-1)!);
      const crossed = dist(a[0]!, b.at(-1)!) + dist(a.at(-1)!, b[0]!);
      const gap = Math.min(same, crossed);
      if (gap < bestGap) {
        bestGap = gap;
        best = j;
        reverse = same <= crossed;
      }
    }
    if (best >= 0 && bestGap <= maxGapMm * 2) {
      used.add(i);
      used.add(best);
      const b = open[best]!.points;
      out.push({ points: [...a, ...(reverse ? [...b].reverse() : b)], closed: true });
      continue;
    }
    used.add(i);
    const nearlyClosed = dist(a[0]!, a.at(-1)!) < 0.25 * lengthOf(a);
    out.push({ points: a, closed: nearlyClosed });
  }
  return out;
}
