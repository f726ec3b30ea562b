import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarios, parseScenarioFiles, ScenarioFileError, scenarioVersion } from "@/lib/scenarios/load";
import { judgeSubmission } from "@/lib/scenarios/outcome";
import { publicScenario, scenarioSchema, type ScenarioInput, type Submission } from "@/lib/scenarios/schema";

const dir = path.join(process.cwd(), "content", "scenarios");
const raw = (id: string): ScenarioInput => JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), "utf8"));
const file = (s: unknown, name?: string) => ({ name: name ?? `${(s as { id: string }).id}.json`, json: JSON.stringify(s) });

describe("scenario content files", () => {
  const scenarios = loadScenarios();

  it("all validate, with at least 10 practice scenarios and a practical set", () => {
    expect(scenarios.filter((s) => s.use === "practice").length).toBeGreaterThanOrEqual(10);
    expect(scenarios.filter((s) => s.use === "practical").length).toBeGreaterThanOrEqual(5);
  });

  it("cover the cases the issue names", () => {
    const ids = scenarios.map((s) => s.id);
    for (const id of [
      "multifidus-t6-paravertebral",
      "rhomboid-major-with-towel",
      "rhomboid-major-without-towel",
      "iliocostalis-t5-technique-2",
      "scoliosis-paravertebral-request",
      "upper-trapezius-pincer",
      "quadratus-lumborum-case",
      "lumbar-multifidus-case",
      "obliquus-capitis-inferior-c1",
    ]) expect(ids).toContain(id);
    const scoliosis = scenarios.find((s) => s.id === "scoliosis-paravertebral-request")!;
    expect(scoliosis.patient.scoliosis).toBe(true);
    expect(scoliosis.success.action).toBe("decline");
    expect(scenarios.find((s) => s.id === "iliocostalis-t5-technique-2")!.allowedTechniques).toEqual(["flat-across-rib"]);
    expect(scenarios.find((s) => s.id === "upper-trapezius-pincer")!.allowedTechniques).toEqual(["pincer"]);
    expect(scenarios.find((s) => s.id === "rhomboid-major-with-towel")!.success.require.shoulderRetraction).toBe(true);
    expect(scenarios.find((s) => s.id === "rhomboid-major-without-towel")!.adjustable).not.toContain("shoulderRetraction");
    expect(scenarios.find((s) => s.id === "obliquus-capitis-inferior-c1")!.success.rulesKept).toContain("NEU-5");
  });

  it.each(loadScenarios().map((s) => [s.id, s] as const))("%s: the reference solution meets its own success rule", (_id, s) => {
    const outcome = judgeSubmission(s, s.reference);
    const failed = outcome.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.label.en}`);
    expect(failed, JSON.stringify(outcome.evaluation?.violations ?? [])).toEqual([]);
    expect(outcome.success).toBe(true);
    expect(outcome.unsafe).toBe(false);
  });

  it.each(loadScenarios().filter((s) => s.success.action === "needle").map((s) => [s.id, s] as const))(
    "%s: declining instead of needling is the wrong action",
    (_id, s) => {
      const outcome = judgeSubmission(s, { action: "decline", reason: "other" });
      expect(outcome.success).toBe(false);
      expect(outcome.wrongAction).toBe(true);
    },
  );

  it("needling the scoliosis patient paravertebrally is unsafe (PNX-4) and the wrong action", () => {
    const s = scenarios.find((x) => x.id === "scoliosis-paravertebral-request")!;
    const needle: Submission = {
      action: "needle",
      trajectory: { technique: "paravertebral-deep", muscle: "multifidus", entry: { level: "T8", side: "right", lateralMm: 12, offsetMm: 0 }, direction: { ventral: 0.85, medial: 0.35, caudal: 0.35 }, depthMm: 30, needleLengthMm: 50 },
      adjustments: {},
    };
    const outcome = judgeSubmission(s, needle);
    expect(outcome.wrongAction).toBe(true);
    expect(outcome.success).toBe(false);
    expect(outcome.evaluation?.violations.map((v) => v.rule)).toContain("PNX-4");
    // the right decision with the wrong reason is not a full success either
    expect(judgeSubmission(s, { action: "decline", reason: "rib-not-palpable" }).success).toBe(false);
  });

  it("a needle straight ventral through an intercostal space at T6 reaches the pleura: unsafe, scenario failed", () => {
    const s = scenarios.find((x) => x.id === "multifidus-t6-paravertebral")!;
    const outcome = judgeSubmission(s, {
      action: "needle",
      trajectory: { technique: "paravertebral-deep", muscle: "multifidus", entry: { level: "T6", side: "left", lateralMm: 55, offsetMm: 10 }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: 50, needleLengthMm: 50 },
      adjustments: {},
    });
    expect(outcome.unsafe).toBe(true);
    expect(outcome.success).toBe(false);
    expect(outcome.checks.find((c) => c.id === "verdict")?.passed).toBe(false);
  });

  it("the towel scenario fails without the towel, even with the reference trajectory", () => {
    const s = scenarios.find((x) => x.id === "rhomboid-major-with-towel")!;
    if (s.reference.action !== "needle") throw new Error("expected a needle reference");
    const outcome = judgeSubmission(s, { ...s.reference, adjustments: { shoulderRetraction: false } });
    expect(outcome.checks.find((c) => c.id === "patient:shoulderRetraction")?.passed).toBe(false);
    expect(outcome.success).toBe(false);
  });

  it("a setting that is not adjustable cannot be changed by the submission", () => {
    const s = scenarios.find((x) => x.id === "rhomboid-major-without-towel")!;
    if (s.reference.action !== "needle") throw new Error("expected a needle reference");
    const withTowel = judgeSubmission(s, { ...s.reference, adjustments: { shoulderRetraction: true } });
    const without = judgeSubmission(s, s.reference);
    expect(withTowel.evaluation?.pleuraMarginMm).toBeCloseTo(without.evaluation!.pleuraMarginMm, 6);
  });

  it("the public view of a scenario carries no answer key", () => {
    for (const s of scenarios) {
      const pub = publicScenario(s) as Record<string, unknown>;
      for (const key of ["success", "reference", "debrief", "allowedTechniques", "recommendations"]) expect(pub).not.toHaveProperty(key);
    }
  });

  it("versions are stable content hashes", () => {
    const s = scenarios[0]!;
    expect(scenarioVersion(s)).toMatch(/^[0-9a-f]{16}$/);
    expect(scenarioVersion(s)).toBe(scenarioVersion(scenarioSchema.parse(JSON.parse(JSON.stringify(s)))));
    expect(scenarioVersion({ ...s, order: s.order + 1 })).not.toBe(scenarioVersion(s));
  });
});

describe("scenario validation rejects broken files", () => {
  const good = raw("multifidus-t6-paravertebral");
  const expectError = (files: { name: string; json: string }[], pattern: RegExp) => {
    expect(() => parseScenarioFiles(files)).toThrow(ScenarioFileError);
    expect(() => parseScenarioFiles(files)).toThrow(pattern);
  };

  it("accepts the good file", () => {
    expect(parseScenarioFiles([file(good)])).toHaveLength(1);
  });
  it("unknown recommendation ID", () => {
    expectError([file({ ...good, recommendations: ["PNX-99"] })], /recommendations.0: unknown recommendation ID/);
  });
  it("unknown rule in rulesKept", () => {
    expectError([file({ ...good, success: { ...good.success, rulesKept: ["LUNG"] } })], /rulesKept.0/);
  });
  it("missing translation", () => {
    expectError([file({ ...good, brief: { nl: "Alleen Nederlands" } })], /brief.en/);
  });
  it("unknown level, technique or muscle", () => {
    expectError([file({ ...good, region: { level: "T13", side: "left" } })], /region.level/);
    expectError([file({ ...good, allowedTechniques: ["acupuncture"] })], /allowedTechniques.0/);
    expectError([file({ ...good, targetMuscle: "biceps" })], /targetMuscle/);
  });
  it("a decline scenario without accepted reasons", () => {
    expectError([file({ ...good, success: { action: "decline" }, reference: { action: "decline", reason: "scoliosis" } })], /declineReasons/);
  });
  it("a required patient setting the learner cannot change", () => {
    expectError([file({ ...good, success: { ...good.success, require: { shoulderRetraction: true } } })], /adjustable/);
  });
  it("a reference with a technique the scenario does not allow", () => {
    const ref = good.reference as Extract<Submission, { action: "needle" }>;
    expectError([file({ ...good, reference: { ...ref, trajectory: { ...ref.trajectory, technique: "pincer" } } })], /technique the scenario does not allow/);
  });
  it("depth beyond the needle", () => {
    const ref = good.reference as Extract<Submission, { action: "needle" }>;
    expectError([file({ ...good, reference: { ...ref, trajectory: { ...ref.trajectory, depthMm: 80 } } })], /depth beyond/);
  });
  it("unknown fields, a wrong file name and duplicate ids", () => {
    expectError([file({ ...good, solution: 1 })], /solution|Unrecognized/i);
    expectError([file(good, "other-name.json")], /named after its id/);
    expectError([file(good), file(good, "multifidus-t6-paravertebral.json")], /also used by/);
    expectError([{ name: "x.json", json: "{ nope" }], /not valid JSON/);
  });
});
