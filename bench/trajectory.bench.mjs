// Benchmark: median / p95 time of one trajectory evaluation in Node. The module is bundled with esbuild
// first (as the browser and the server get it), then a fixed, deterministic mix of requests is evaluated.
import { build } from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nw-bench-")), "trajectory.mjs");
await build({
  entryPoints: [path.join(root, "lib/trajectory/index.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: out,
  alias: { "@": root },
  logLevel: "error",
});
const { evaluateRequestSchema, evaluateTrajectory } = await import(pathToFileURL(out).href);

const patients = [
  { sex: "female", bmi: 24 },
  { sex: "male", bmi: 24 },
  { sex: "female", bmi: 32, shoulderRetraction: true },
  { sex: "male", bmi: 20, scoliosis: true },
];
const cases = [
  { technique: "paravertebral-deep", muscle: "multifidus", entry: { level: "T6", side: "left", lateralMm: 12 }, direction: { ventral: 0.9, medial: 0.25, caudal: 0.25 }, depthMm: 40, needleLengthMm: 50 },
  { technique: "flat-across-rib", muscle: "iliocostalis", entry: { level: "T5", side: "right", lateralMm: 45 }, direction: { angleToSkinDeg: 20, heading: "lateral" }, depthMm: 30, needleLengthMm: 50 },
  { technique: "other", muscle: "rhomboid-major", entry: { level: "T4", side: "left", lateralMm: 50 }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: 45, needleLengthMm: 50 },
  { technique: "flat-over-rib", muscle: "trapezius-lower", entry: { level: "T8", side: "left", lateralMm: 40, offsetMm: 5 }, direction: { angleToSkinDeg: 25, heading: "lateral" }, depthMm: 25, needleLengthMm: 40 },
  { technique: "paravertebral-deep", muscle: "multifidus", entry: { level: "L4", side: "right", lateralMm: 15 }, direction: { ventral: 0.9, medial: 0.3, caudal: 0.3 }, depthMm: 60, needleLengthMm: 75 },
];
const reqs = [];
for (const p of patients) for (const c of cases) reqs.push(evaluateRequestSchema.parse({ patient: p, ...c }));
// Warm up: builds (and memoises) each patient's model and lets the JIT settle.
for (let i = 0; i < 2000; i++) evaluateTrajectory(reqs[i % reqs.length]);
const N = 20000;
const times = new Float64Array(N);
for (let i = 0; i < N; i++) {
  const r = reqs[i % reqs.length];
  const t0 = performance.now();
  evaluateTrajectory(r);
  times[i] = performance.now() - t0;
}
times.sort();
const q = (f) => times[Math.min(N - 1, Math.floor(f * N))];
console.log(`trajectory evaluation (${N} runs, ${reqs.length} request shapes): median ${(q(0.5) * 1000).toFixed(1)} µs, p95 ${(q(0.95) * 1000).toFixed(1)} µs, max ${(times[N - 1] * 1000).toFixed(0)} µs`);
console.log(`goal: median < 200 µs → ${q(0.5) < 0.2 ? "met" : "NOT met"}`);

// The viewer's path (components/trainer/Workbench.tsx): every change of a control validates and evaluates
// three requests (the needle at its depth, a full-length probe for the drawn direction, a 10-mm normal
// probe), all on the memoised query model (getAnatomy), never on the render meshes (buildThorax). The
// only expensive step is the first evaluation after a patient parameter changes (a new query model).
{
  const base = { patient: { sex: "female", bmi: 24 }, technique: "paravertebral-deep", muscle: "multifidus", entry: { level: "T6", side: "left", lateralMm: 12 }, direction: { ventral: 0.9, medial: 0.2, caudal: 0.4 }, needleLengthMm: 50 };
  const change = (depthMm) => {
    evaluateTrajectory(evaluateRequestSchema.parse({ ...base, depthMm }));
    evaluateTrajectory(evaluateRequestSchema.parse({ ...base, depthMm: base.needleLengthMm }));
    evaluateTrajectory(evaluateRequestSchema.parse({ ...base, technique: "other", direction: { angleToSkinDeg: 90, heading: "medial" }, depthMm: 10, needleLengthMm: 10 }));
  };
  for (let i = 0; i < 500; i++) change(1 + (i % 49));
  const M = 5000;
  const t = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    const t0 = performance.now();
    change(1 + (i % 49));
    t[i] = performance.now() - t0;
  }
  t.sort();
  console.log(`viewer change (parse + 3 evaluations, same patient): median ${(t[M >> 1] * 1000).toFixed(1)} µs, p95 ${(t[Math.floor(0.95 * M)] * 1000).toFixed(1)} µs`);
  // A new patient parameter set (e.g. the BMI slider moved to a value not seen yet): one query-model build.
  const K = 40;
  const u = new Float64Array(K);
  for (let i = 0; i < K; i++) {
    const t0 = performance.now();
    evaluateTrajectory(evaluateRequestSchema.parse({ ...base, patient: { sex: "male", bmi: 16.25 + i * 0.7 }, depthMm: 30 }));
    u[i] = performance.now() - t0;
  }
  u.sort();
  console.log(`first evaluation after a patient change (new query model): median ${u[K >> 1].toFixed(2)} ms, max ${u[K - 1].toFixed(2)} ms`);
}
