import { describe, expect, it } from "vitest";
import { getAnatomy } from "@/lib/anatomy";
import { entryFromSkinPoint, evaluateRequestSchema, evaluateTrajectory, type EvaluateRequestInput, type RuleId } from "@/lib/trajectory";

const P = { sex: "female" as const };
const ev = (o: EvaluateRequestInput) => evaluateTrajectory(evaluateRequestSchema.parse(o));
const rules = (o: EvaluateRequestInput) => ev(o).violations.map((v) => v.rule);
const has = (o: EvaluateRequestInput, id: RuleId) => rules(o).includes(id);

const pv: EvaluateRequestInput = { patient: P, technique: "paravertebral-deep", muscle: "multifidus", entry: { level: "T6", side: "left", lateralMm: 14 }, direction: { ventral: 0.9, medial: 0.12, caudal: 0.25 }, depthMm: 45, needleLengthMm: 50 };
const rhomboid: EvaluateRequestInput = { patient: P, technique: "other", muscle: "rhomboid-major", entry: { level: "T4", side: "left", lateralMm: 50 }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: 15, needleLengthMm: 50 };
const tech2: EvaluateRequestInput = { patient: P, technique: "flat-across-rib", muscle: "iliocostalis", entry: { level: "T5", side: "left", lateralMm: 45 }, direction: { angleToSkinDeg: 20, heading: "lateral" }, depthMm: 30, needleLengthMm: 50 };

describe("trajectory geometry", () => {
  it("a paravertebral needle after PNX-7 stops on the lamina: safe, score 100", () => {
    const r = ev(pv);
    expect(r.stoppedBy).toMatch(/^bone:T[67]-lamina-left$/);
    expect(r.verdict).toBe("safe");
    expect(r.score).toBe(100);
    expect(r.violations).toEqual([]);
    expect(r.penetrated[0]).toEqual({ structure: "skin", depthMm: 0 });
    expect(r.tipStructure).toBe(r.stoppedBy);
    expect(r.reachedTarget).toBe(false); // on the lamina, not in multifidus
    const inMuscle = ev({ ...pv, depthMm: 30 });
    expect(inMuscle.tipStructure).toBe("muscle:multifidus");
    expect(inMuscle.reachedTarget).toBe(true);
    expect(ev({ ...pv, muscle: undefined }).reachedTarget).toBeNull();
    const depths = r.penetrated.map((p) => p.depthMm);
    expect([...depths].sort((a, b) => a - b)).toEqual(depths);
    expect(Math.hypot(r.tip[0] - r.entryPoint[0], r.tip[1] - r.entryPoint[1], r.tip[2] - r.entryPoint[2])).toBeLessThan(45);
  });
  it("reports the requested angle to the skin for skin-relative directions, and downhill by heading", () => {
    const r = ev(tech2);
    expect(r.angleToSkinDeg).toBeCloseTo(20, 0);
    expect(r.downhill).toBe(true);
    expect(ev({ ...tech2, direction: { angleToSkinDeg: 20, heading: "medial" } }).downhill).toBe(false);
    expect(ev({ ...tech2, direction: { angleToSkinDeg: 90, heading: "medial" } }).downhill).toBeNull();
  });
  it("pleura margin ≤ 0 exactly when the pleura is punctured; skin-to-pleura ignores bone", () => {
    const shallow = ev(rhomboid);
    expect(shallow.pleuraMarginMm).toBeGreaterThan(0);
    const deep = ev({ ...rhomboid, depthMm: 48 });
    expect(deep.pleuraMarginMm).toBeLessThanOrEqual(0);
    expect(deep.skinToPleuraMm).toBe(shallow.skinToPleuraMm);
    expect(deep.skinToPleuraMm!).toBeLessThan(48);
    expect(ev(pv).skinToPleuraMm).toBeNull();
  });
  it("midline distance in the patient's finger widths (16 mm woman, 18 mm man at average height)", () => {
    expect(ev({ ...pv, entry: { level: "T6", side: "left", lateralMm: 12 } }).fingerWidths).toBeCloseTo(0.75, 2);
    expect(ev({ ...pv, patient: { sex: "male" }, entry: { level: "T6", side: "left", lateralMm: 18 } }).fingerWidths).toBeCloseTo(1, 2);
  });
  it("entryFromSkinPoint inverts the entry", () => {
    const r = ev({ ...pv, entry: { level: "T7", side: "right", lateralMm: 23, offsetMm: 4 } });
    const e = entryFromSkinPoint({ sex: "female", bmi: 24, scoliosis: false, shoulderRetraction: false, position: "prone" }, r.entryPoint);
    expect(e).toEqual({ level: "T7", side: "right", lateralMm: 23, offsetMm: 4 });
    expect(entryFromSkinPoint({ sex: "female", bmi: 24, scoliosis: false, shoulderRetraction: false, position: "prone" }, [0, 0, 150])).toBeNull();
  });
});

describe("rules keep and break", () => {
  it("PLEURA (critical)", () => {
    expect(has(rhomboid, "PLEURA")).toBe(false);
    const r = ev({ ...rhomboid, depthMm: 48 });
    expect(r.violations.find((v) => v.rule === "PLEURA")?.severity).toBe("critical");
    expect(r.verdict).toBe("unsafe");
    expect(r.score).toBe(0);
  });
  it("SPINAL-CANAL (critical) through a lumbar interlaminar window", () => {
    const o: EvaluateRequestInput = { patient: P, technique: "other", entry: { level: "L4", side: "left", lateralMm: 8, offsetMm: -18 }, direction: { ventral: 1, medial: 0.1, caudal: 0 }, depthMm: 80, needleLengthMm: 100 };
    expect(has(o, "SPINAL-CANAL")).toBe(true);
    expect(has({ ...o, depthMm: 30 }, "SPINAL-CANAL")).toBe(false);
  });
  it("NEU-5: nothing deep cranial of C2, except obliquus capitis inferior", () => {
    const deep: EvaluateRequestInput = { patient: P, technique: "other", entry: { level: "C1", side: "left", lateralMm: 20 }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: 35, needleLengthMm: 40 };
    expect(ev(deep).violations.find((v) => v.rule === "NEU-5")?.severity).toBe("critical");
    expect(has({ ...deep, depthMm: 3 }, "NEU-5")).toBe(false);
    const m = getAnatomy({ sex: "female", bmi: 24, scoliosis: false, shoulderRetraction: false, position: "prone" });
    const A = m.skeleton.ociA, B = m.skeleton.ociB.left;
    const q = [A[0] + 0.72 * (B[0] - A[0]), A[1] + 0.72 * (B[1] - A[1]), A[2] + 0.72 * (B[2] - A[2])] as const;
    const skin = m.posteriorSkinPoint(q[0], q[1])!;
    const oci: EvaluateRequestInput = { patient: P, technique: "other", muscle: "obliquus-capitis-inferior", entry: { level: "C2", side: "left", lateralMm: q[0], offsetMm: q[1] - m.spinousTip("C2")[1] }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: q[2] - skin[2], needleLengthMm: 60 };
    const r = ev(oci);
    expect(r.penetrated.at(-1)?.structure).toBe("muscle:obliquus-capitis-inferior");
    expect(r.tip[1]).toBeGreaterThan((m.column[0]!.c[1] + m.column[1]!.c[1]) / 2);
    expect(has(oci, "NEU-5")).toBe(false);
    expect(has({ ...oci, muscle: "multifidus" }, "NEU-5")).toBe(true);
  });
  it("PNX-4: no thoracic paraspinal needling with scoliosis", () => {
    expect(has(pv, "PNX-4")).toBe(false);
    expect(has({ ...pv, patient: { sex: "female", scoliosis: true } }, "PNX-4")).toBe(true);
    const infra: EvaluateRequestInput = { patient: { sex: "female", scoliosis: true }, technique: "other", muscle: "infraspinatus", entry: { level: "T4", side: "left", lateralMm: 95 }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: 12, needleLengthMm: 30 };
    expect(has(infra, "PNX-4")).toBe(false);
  });
  it("PNX-5 and TECH-1: pincer grip where possible, and done right", () => {
    const ut: EvaluateRequestInput = { patient: P, technique: "pincer", muscle: "trapezius-upper", entry: { level: "C7", side: "left", lateralMm: 40, offsetMm: 10 }, direction: { angleToSkinDeg: 10, heading: "lateral" }, depthMm: 12, needleLengthMm: 30 };
    expect(rules(ut)).toEqual([]);
    expect(has({ ...ut, technique: "other" }, "PNX-5")).toBe(true);
    expect(has({ ...ut, muscle: "rhomboid-major" }, "TECH-1")).toBe(true);
    expect(has({ ...ut, direction: { angleToSkinDeg: 70, heading: "lateral" } }, "TECH-1")).toBe(true);
  });
  it("PNX-6 and TECH-2: technique 1 only on a palpable rib, along it, staying over it", () => {
    const t1: EvaluateRequestInput = { patient: P, technique: "flat-over-rib", muscle: "iliocostalis", entry: { level: "T8", side: "left", lateralMm: 90, offsetMm: -6 }, direction: { angleToSkinDeg: 20, heading: "lateral" }, depthMm: 15, needleLengthMm: 30 };
    expect(rules(t1)).toEqual([]);
    expect(has({ ...t1, patient: { sex: "female", bmi: 33 } }, "PNX-6")).toBe(true);
    expect(has({ ...t1, entry: { level: "T4", side: "left", lateralMm: 90 } }, "PNX-6")).toBe(true); // under the scapula
    expect(has({ ...t1, direction: { angleToSkinDeg: 20, heading: "cranial" } }, "TECH-2")).toBe(true);
    expect(has({ ...t1, entry: { level: "T8", side: "left", lateralMm: 90, offsetMm: 6 } }, "TECH-2")).toBe(true);
  });
  it("TECH-3: technique 2 only T1–T7/8, ≤ 30°, downhill, needle ≥ 50 mm", () => {
    expect(rules(tech2)).toEqual([]);
    expect(has({ ...tech2, direction: { angleToSkinDeg: 45, heading: "lateral" } }, "TECH-3")).toBe(true);
    expect(has({ ...tech2, direction: { angleToSkinDeg: 20, heading: "medial" } }, "TECH-3")).toBe(true);
    expect(has({ ...tech2, needleLengthMm: 40 }, "TECH-3")).toBe(true);
    expect(has({ ...tech2, entry: { level: "T10", side: "left", lateralMm: 45 } }, "TECH-3")).toBe(true);
  });
  it("TECH-4: wall technique horizontal, tip never below the fingertips", () => {
    const wall: EvaluateRequestInput = { patient: P, technique: "paraspinal-wall", muscle: "longissimus", entry: { level: "T6", side: "left", lateralMm: 30 }, direction: { ventral: 0, medial: 1, caudal: 0 }, depthMm: 20, needleLengthMm: 30 };
    expect(has(wall, "TECH-4")).toBe(false);
    expect(has({ ...wall, direction: { ventral: 0.6, medial: 1, caudal: 0 } }, "TECH-4")).toBe(true);
  });
  it("PNX-7, TECH-5, NEU-4: within one finger width, ventral-medial-caudal to the lamina, prone", () => {
    expect(has({ ...pv, entry: { level: "T6", side: "left", lateralMm: 25 } }, "PNX-7")).toBe(true);
    expect(has({ ...pv, direction: { ventral: 0.9, medial: 0.12, caudal: -0.25 } }, "PNX-7")).toBe(true);
    expect(has({ ...pv, direction: { ventral: 0.9, medial: -0.2, caudal: 0.25 } }, "PNX-7")).toBe(true);
    expect(has({ ...pv, entry: { level: "T6", side: "left", lateralMm: 2 } }, "TECH-5")).toBe(true);
    expect(has({ ...pv, patient: { sex: "female", position: "side-lying" } }, "NEU-4")).toBe(true);
    expect(has(pv, "NEU-4")).toBe(false);
  });
  it("TECH-6: retraction advised at the periscapular muscles", () => {
    expect(has(rhomboid, "TECH-6")).toBe(true);
    expect(has({ ...rhomboid, patient: { sex: "female", shoulderRetraction: true } }, "TECH-6")).toBe(false);
  });
  it("is deterministic", () => {
    expect(JSON.stringify(ev(pv))).toBe(JSON.stringify(ev(pv)));
  });
});

describe("analytic geometry of the trace", () => {
  it("a radial needle meets each layer boundary exactly where the layer stack puts it (± 0.1 mm)", () => {
    const patient = { sex: "male" as const, bmi: 27, scoliosis: false, shoulderRetraction: false, position: "prone" as const };
    const m = getAnatomy(patient);
    const y = m.spinousTip("T8")[1] - 16; // an intercostal space lateral of the rib angles
    const e = m.posteriorSkinPoint(95, y)!;
    expect(Math.abs(m.skinF(e))).toBeLessThan(1e-3);
    const sl = m.body.sliceAt(y);
    // direction toward the cross-section's centre: θ and y stay constant along the needle
    const d = [0 - e[0], 0, sl.zc - e[2]] as const;
    const len = Math.hypot(d[0], d[2]);
    const r = ev({ patient, technique: "other", entry: { level: "T8", side: "left", lateralMm: 95, offsetMm: -16 }, direction: { ventral: d[2] / len, medial: -d[0] / len, caudal: 0 }, depthMm: 20, needleLengthMm: 50 });
    const layers = m.layersAt(e);
    const skinR = layers.find((l) => l.id === "skin")!.r1;
    let checked = 0;
    for (const l of layers) {
      if (l.id === "skin" || l.id === "muscle:paraspinal") continue;
      const expected = skinR - l.r1;
      if (expected > 20) continue;
      const got = r.penetrated.find((p) => p.structure === l.id);
      expect(got, l.id).toBeDefined();
      expect(Math.abs(got!.depthMm - expected), l.id).toBeLessThan(0.1);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
    // below the outer rib surface: the intercostal muscles, then the pleura
    const floorDepth = skinR - layers[0]!.r0;
    expect(Math.abs(r.penetrated.find((p) => p.structure === "muscle:intercostals")!.depthMm - floorDepth)).toBeLessThan(0.1);
  });
});

describe("entryFrame", () => {
  it("gives the skin frame so that a direction built from it has the requested angle to the skin", async () => {
    const { entryFrame } = await import("@/lib/trajectory");
    const params = { sex: "female" as const, bmi: 24, scoliosis: false, shoulderRetraction: false, position: "prone" as const };
    const f = entryFrame(params, { level: "T5", side: "left", lateralMm: 45, offsetMm: 0 });
    const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
    expect(Math.abs(dot(f.normal, f.cranial))).toBeLessThan(1e-9);
    expect(Math.abs(dot(f.normal, f.lateral))).toBeLessThan(1e-9);
    expect(Math.abs(dot(f.cranial, f.lateral))).toBeLessThan(1e-9);
    const a = (25 * Math.PI) / 180, h = (30 * Math.PI) / 180; // 25° to the skin, heading 30° from lateral toward cranial
    const d = ([0, 1, 2] as const).map((i) => -f.normal[i] * Math.sin(a) + Math.cos(a) * (Math.cos(h) * f.lateral[i] + Math.sin(h) * f.cranial[i]));
    const r = ev({ ...tech2, direction: { ventral: d[2]!, medial: -d[0]!, caudal: -d[1]! } });
    expect(r.angleToSkinDeg).toBeCloseTo(25, 0);
  });
});

describe("downhill follows the thoracic curvature", () => {
  it("cranial is downhill above the kyphosis apex, caudal below it, lateral everywhere on the back", () => {
    const at = (level: "T3" | "T10", heading: "cranial" | "caudal" | "lateral") =>
      ev({ ...tech2, entry: { level, side: "left", lateralMm: 45 }, direction: { angleToSkinDeg: 20, heading } }).downhill;
    expect(at("T3", "cranial")).toBe(true);
    expect(at("T3", "caudal")).toBe(false);
    expect(at("T10", "caudal")).toBe(true);
    expect(at("T10", "cranial")).toBe(false);
    expect(at("T3", "lateral")).toBe(true);
    expect(at("T10", "lateral")).toBe(true);
  });
});
