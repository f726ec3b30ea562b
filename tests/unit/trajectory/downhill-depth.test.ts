import { describe, expect, it } from "vitest";
import { evaluateRequestSchema, evaluateTrajectory, type EvaluateRequestInput } from "@/lib/trajectory";

const ev = (o: EvaluateRequestInput) => evaluateTrajectory(evaluateRequestSchema.parse(o));
const tech2 = (level: "T2" | "T5" | "T7", lateralMm: number, heading: "cranial" | "caudal" | "lateral" | "medial", depthMm: number): EvaluateRequestInput => ({
  patient: { sex: "female" },
  technique: "flat-across-rib",
  entry: { level, side: "left", lateralMm },
  direction: { angleToSkinDeg: 15, heading },
  depthMm,
  needleLengthMm: 50,
});

describe("downhill depends on the entry and the direction, not on the depth (TECH-3)", () => {
  it("a 2-mm technique-2 needle gets the same downhill verdict as the same needle pushed in 30 mm", () => {
    // Before the fix the slope was measured over max(10, depth) mm, so these differed (null at 2 mm).
    expect(ev(tech2("T2", 30, "lateral", 2)).downhill).toBe(true);
    for (const [level, lat, heading] of [["T2", 30, "lateral"], ["T2", 50, "medial"], ["T5", 45, "lateral"], ["T7", 40, "caudal"], ["T2", 40, "cranial"]] as const) {
      const values = [0.5, 2, 5, 12, 30, 45].map((d) => ev(tech2(level, lat, heading, d)).downhill);
      expect(new Set(values).size, `${level} ${lat} ${heading}: ${values.join(",")}`).toBe(1);
    }
  });
  it("technique 2 done right passes TECH-3 at 2 mm depth", () => {
    const r = ev(tech2("T2", 30, "lateral", 2));
    expect(r.violations.filter((v) => v.rule === "TECH-3")).toEqual([]);
  });
});
