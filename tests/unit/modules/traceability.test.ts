import { describe, expect, it } from "vitest";
import { RECOMMENDATION_IDS } from "@/lib/recommendations/registry";
import { traceAll, traceRecommendation, type TraceSource } from "@/lib/traceability";

describe("traceability", () => {
  it("links every recommendation to the module sections that teach it", () => {
    const all = traceAll();
    expect(all.map((x) => x.rec.id)).toEqual(RECOMMENDATION_IDS);
    for (const { rec, trace } of all) {
      expect(trace.taught.connected).toBe(true);
      for (const e of trace.taught.entries) {
        expect(e.kind).toBe("taught");
        if (e.kind === "taught") expect(e.sectionId.startsWith(`m${e.moduleOrder}-`), rec.id).toBe(true);
      }
    }
  });

  it("links every recommendation to at least two question-bank items that test it", () => {
    for (const { rec, trace } of traceAll()) {
      expect(trace.tested.connected).toBe(true);
      expect(trace.tested.entries.length, rec.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("links the trainer's geometric rules to the recommendations they enforce", () => {
    const enforced = traceAll().filter((x) => x.trace.enforced.entries.length > 0).map((x) => x.rec.id);
    expect(enforced).toEqual(expect.arrayContaining(["NEU-4", "NEU-5", "PNX-4", "PNX-5", "PNX-6", "PNX-7", "TECH-1", "TECH-2", "TECH-3", "TECH-4", "TECH-5", "TECH-6"]));
    expect(traceRecommendation("TST-3").enforced).toEqual({ connected: true, entries: [] });
    // PNX-1 is enforced by the server-side authorisation rule rather than by the trainer.
    expect(traceRecommendation("PNX-1").enforced.entries.map((e) => (e.kind === "enforced" ? e.ruleId : ""))).toEqual(["AUTH-THORACIC"]);
  });

  it("reports tested/enforced as not connected until a feature registers a source, then merges its entries", () => {
    const base = traceRecommendation("PNX-7", []);
    expect(base.tested).toEqual({ connected: false, entries: [] });
    expect(base.enforced).toEqual({ connected: false, entries: [] });
    const rules: TraceSource = { kind: "enforced", connected: true, collect: (id) => (id === "PNX-7" ? [{ kind: "enforced", ruleId: "R-finger-width", label: { nl: "x", en: "x" } }] : []) };
    const withRules = traceRecommendation("PNX-7", [rules]);
    expect(withRules.enforced.connected).toBe(true);
    expect(withRules.enforced.entries).toHaveLength(1);
    expect(traceRecommendation("ALG-1", [rules]).enforced).toEqual({ connected: true, entries: [] });
  });
});
