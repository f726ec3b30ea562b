import { describe, expect, it } from "vitest";
import { evaluateRequestSchema, evaluateTrajectory, type EvaluateRequestInput } from "@/lib/trajectory";

const ev = (o: EvaluateRequestInput) => evaluateTrajectory(evaluateRequestSchema.parse(o));
// Woman, C7 right, 40 mm lateral, 20° medial: through the upper trapezius, then splenius and semispinalis
// capitis, into multifidus at ≈ 22 mm.
const pincer: EvaluateRequestInput = { patient: { sex: "female" }, technique: "pincer", muscle: "trapezius-upper", entry: { level: "C7", side: "right", lateralMm: 40 }, direction: { angleToSkinDeg: 20, heading: "medial" }, depthMm: 25, needleLengthMm: 25 };

describe("TECH-1: a pincer needle stays in the lifted fold", () => {
  it("a shallow upper-trapezius pincer needle that runs on into multifidus is unsafe (TECH-1)", () => {
    const r = ev(pincer);
    expect(r.penetrated.map((p) => p.structure)).toContain("muscle:multifidus");
    expect(r.violations.map((v) => v.rule)).toContain("TECH-1");
    expect(r.verdict).toBe("unsafe");
  });
  it("one that reaches the bone of the facet column is unsafe too", () => {
    const r = ev({ ...pincer, direction: { angleToSkinDeg: 40, heading: "medial" } });
    expect(r.stoppedBy).toMatch(/^bone:/);
    expect(r.violations.find((v) => v.rule === "TECH-1")?.severity).toBe("major");
    expect(r.verdict).toBe("unsafe");
  });
  it("the same needle kept in the trapezius (shallower) is safe", () => {
    const r = ev({ ...pincer, depthMm: 8 });
    expect(r.tipStructure).toBe("muscle:trapezius-upper");
    expect(r.penetrated.every((p) => ["skin", "subcutis", "muscle:trapezius-upper", "muscle:trapezius-middle"].includes(p.structure))).toBe(true);
    expect(r.verdict).toBe("safe");
    expect(r.violations).toEqual([]);
  });
});
