import { describe, expect, it } from "vitest";
import { closeOutlines, outlinePath, sliceMesh, sliceSegments, stitch } from "@/lib/section/slice";

/** An axis-aligned box [−a, a]³ as 12 triangles. */
function box(a: number) {
  const p = [
    [-a, -a, -a], [a, -a, -a], [a, a, -a], [-a, a, -a],
    [-a, -a, a], [a, -a, a], [a, a, a], [-a, a, a],
  ].flat();
  const quads = [
    [0, 1, 2, 3], [4, 7, 6, 5], [0, 4, 5, 1], [3, 2, 6, 7], [0, 3, 7, 4], [1, 5, 6, 2],
  ];
  const idx = quads.flatMap(([a0, b, c, d]) => [a0!, b!, c!, a0!, c!, d!]);
  return { positions: new Float32Array(p), indices: new Uint32Array(idx) };
}

describe("cross-section slicing", () => {
  it("cuts a box at y = 0 into one closed square of the box's width (transverse: x and z)", () => {
    const { positions, indices } = box(10);
    const outlines = sliceMesh(positions, indices, "y", 0);
    expect(outlines).toHaveLength(1);
    const o = outlines[0]!;
    expect(o.closed).toBe(true);
    const xs = o.points.map((p) => p[0]);
    const zs = o.points.map((p) => p[1]);
    expect(Math.min(...xs)).toBeCloseTo(-10);
    expect(Math.max(...xs)).toBeCloseTo(10);
    expect(Math.min(...zs)).toBeCloseTo(-10);
    expect(Math.max(...zs)).toBeCloseTo(10);
    // every point lies on the square's border
    for (const [x, z] of o.points) expect(Math.max(Math.abs(x), Math.abs(z))).toBeCloseTo(10);
  });

  it("returns nothing when the plane misses the mesh", () => {
    const { positions, indices } = box(10);
    expect(sliceSegments(positions, indices, "x", 25)).toHaveLength(0);
  });

  it("uses (z, y) for a sagittal cut", () => {
    const { positions, indices } = box(5);
    const [o] = sliceMesh(positions, indices, "x", 1);
    const us = o!.points.map((p) => p[0]);
    const vs = o!.points.map((p) => p[1]);
    expect(Math.max(...us) - Math.min(...us)).toBeCloseTo(10);
    expect(Math.max(...vs) - Math.min(...vs)).toBeCloseTo(10);
  });

  it("stitches an open chain into one polyline and closes a loop", () => {
    const open = stitch([[[0, 0], [1, 0]], [[2, 0], [1, 0]], [[2, 0], [3, 1]]]);
    expect(open).toHaveLength(1);
    expect(open[0]!.closed).toBe(false);
    expect(open[0]!.points).toHaveLength(4);
    const loop = stitch([[[0, 0], [1, 0]], [[1, 0], [1, 1]], [[1, 1], [0, 0]]]);
    expect(loop[0]!.closed).toBe(true);
    expect(outlinePath(loop)).toMatch(/Z$/);
  });

  it("joins the outer and inner face of a cut sheet into one closed band, and leaves a lone far-open chain open", () => {
    const outer = { points: [[0, 0], [10, 0], [20, 0]] as [number, number][], closed: false };
    const inner = { points: [[0, 5], [10, 5], [20, 5]] as [number, number][], closed: false };
    const [band] = closeOutlines([outer, inner]);
    expect(band!.closed).toBe(true);
    expect(band!.points).toEqual([[0, 0], [10, 0], [20, 0], [20, 5], [10, 5], [0, 5]]);
    const lone = closeOutlines([{ points: [[0, 0], [100, 0], [200, 0]], closed: false }]);
    expect(lone[0]!.closed).toBe(false);
    const almost = closeOutlines([{ points: [[0, 0], [50, 0], [50, 50], [0, 50], [0, 3]], closed: false }]);
    expect(almost[0]!.closed).toBe(true);
  });
});
