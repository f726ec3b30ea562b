/**
 * A cross-section of the thorax: the structure at every cell of a planar grid, for the viewer's section
 * view (and for checking the model by eye). Uses the same classification as the evaluation.
 */
import type { PatientParams, Vec3 } from "./types";
import { getAnatomy } from "./model";

export type Section = {
  /** Structure ids; index 0 is "outside". */
  labels: string[];
  /** nx × ny label indices, row-major from (origin) along u, then v. */
  cells: Uint16Array;
  nx: number;
  ny: number;
};

/**
 * Sample the plane origin + i·(u·width/nx) + j·(v·height/ny) (u, v unit vectors; cell centres).
 * E.g. a transverse section at height y: origin [-200, y, -150], u [1,0,0], v [0,0,1].
 */
export function sampleSection(params: PatientParams, origin: Vec3, u: Vec3, v: Vec3, width: number, height: number, nx: number, ny: number): Section {
  const m = getAnatomy(params);
  const labels = ["outside"];
  const index = new Map<string, number>([["outside", 0]]);
  const cells = new Uint16Array(nx * ny);
  const p: Vec3 = [0, 0, 0];
  for (let j = 0; j < ny; j++) {
    const b = ((j + 0.5) * height) / ny;
    for (let i = 0; i < nx; i++) {
      const a = ((i + 0.5) * width) / nx;
      p[0] = origin[0] + u[0] * a + v[0] * b;
      p[1] = origin[1] + u[1] * a + v[1] * b;
      p[2] = origin[2] + u[2] * a + v[2] * b;
      const id = m.classify(p) ?? "outside";
      let k = index.get(id);
      if (k === undefined) {
        k = labels.length;
        labels.push(id);
        index.set(id, k);
      }
      cells[j * nx + i] = k;
    }
  }
  return { labels, cells, nx, ny };
}
