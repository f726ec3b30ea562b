// Benchmark: time to build the thorax (query model + render meshes) for one patient, bundled with esbuild
// as the browser gets it, and the size of the meshes. Each patient is built once (then memoised).
import { build } from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nw-bench-")), "anatomy.mjs");
await build({ entryPoints: [path.join(root, "lib/anatomy/index.ts")], bundle: true, format: "esm", platform: "node", outfile: out, alias: { "@": root }, logLevel: "error" });
const { buildThorax, getAnatomy } = await import(pathToFileURL(out).href);

const patients = [
  { sex: "female", bmi: 24, scoliosis: false, shoulderRetraction: false, position: "prone" },
  { sex: "male", bmi: 24, scoliosis: false, shoulderRetraction: false, position: "prone" },
  { sex: "female", bmi: 35, scoliosis: true, shoulderRetraction: true, position: "prone" },
];
for (const p of patients) {
  let t0 = performance.now();
  getAnatomy(p);
  const tq = performance.now() - t0;
  t0 = performance.now();
  const m = buildThorax(p);
  const tm = performance.now() - t0;
  t0 = performance.now();
  buildThorax({ ...p });
  const tmemo = performance.now() - t0;
  const tris = m.structures.reduce((s, x) => s + x.indices.length / 3, 0);
  const bytes = m.structures.reduce((s, x) => s + x.positions.byteLength + x.indices.byteLength, 0);
  console.log(`${p.sex} BMI ${p.bmi}${p.scoliosis ? " scoliosis" : ""}${p.shoulderRetraction ? " towel" : ""}: query model ${tq.toFixed(1)} ms, meshes ${tm.toFixed(0)} ms (${m.structures.length} structures, ${tris} triangles, ${(bytes / 1e6).toFixed(1)} MB), memoised call ${tmemo.toFixed(3)} ms`);
}
