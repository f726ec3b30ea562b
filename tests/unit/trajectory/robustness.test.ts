import { describe, expect, it } from "vitest";
import { LEVELS, MUSCLE_IDS } from "@/lib/anatomy";
import { evaluateRequestSchema, evaluateTrajectory, HEADINGS, TECHNIQUES, TrajectoryInputError } from "@/lib/trajectory";

/** Small deterministic PRNG (mulberry32) so the sweep is reproducible. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("robustness over the whole input space", () => {
  it("every schema-valid request yields a finite response or a TrajectoryInputError (never a crash)", () => {
    const r = rng(20261125);
    const pick = <T,>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
    let ok = 0;
    for (let k = 0; k < 400; k++) {
      const needle = 10 + r() * 140;
      const req = evaluateRequestSchema.parse({
        patient: { sex: pick(["female", "male"] as const), bmi: 16 + r() * 29, scoliosis: r() < 0.3, shoulderRetraction: r() < 0.3, position: pick(["prone", "side-lying", "supine"] as const), heightCm: r() < 0.3 ? 140 + r() * 70 : undefined },
        technique: pick(TECHNIQUES),
        muscle: r() < 0.7 ? pick(MUSCLE_IDS) : undefined,
        entry: { level: pick(LEVELS), side: pick(["left", "right"] as const), lateralMm: r() * 200, offsetMm: (r() - 0.5) * 120 },
        direction: r() < 0.5 ? { ventral: r() * 2 - 0.3, medial: r() * 2 - 1, caudal: r() * 2 - 1 } : { angleToSkinDeg: r() * 90, heading: pick(HEADINGS) },
        depthMm: Math.max(0.1, r() * needle),
        needleLengthMm: needle,
      });
      try {
        const res = evaluateTrajectory(req);
        ok++;
        for (const v of [res.score, res.pleuraMarginMm, res.angleToSkinDeg, res.midlineDistanceMm, res.fingerWidths, ...res.entryPoint, ...res.tip]) expect(Number.isFinite(v)).toBe(true);
        expect(res.score).toBeGreaterThanOrEqual(0);
        expect(res.score).toBeLessThanOrEqual(100);
        expect(res.penetrated[0]!.structure).toBe("skin");
        const tipDepth = Math.hypot(res.tip[0] - res.entryPoint[0], res.tip[1] - res.entryPoint[1], res.tip[2] - res.entryPoint[2]);
        expect(tipDepth).toBeLessThanOrEqual(req.depthMm + 0.2);
        if (res.stoppedBy) expect(res.penetrated.at(-1)!.structure).toBe(res.stoppedBy);
        const inPleura = res.penetrated.some((p) => p.structure === "pleura" || p.structure === "lung");
        if (inPleura) expect(res.pleuraMarginMm).toBeLessThanOrEqual(0);
        if (res.pleuraMarginMm < -0.5) expect(inPleura, JSON.stringify({ req, res })).toBe(true);
        if (res.violations.some((v) => v.severity !== "minor")) expect(res.verdict).toBe("unsafe");
      } catch (e) {
        expect(e).toBeInstanceOf(TrajectoryInputError);
      }
    }
    expect(ok).toBeGreaterThan(200);
  }, 60_000);
});
