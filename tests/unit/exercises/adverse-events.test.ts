import { describe, expect, it } from "vitest";
import { checkEventAnswer, classifyEvent, EVENT_CASES, EVENT_TABLE, expectedOutcome } from "@/lib/exercises/adverse-events";
import { addWorkingDays } from "@/lib/exercises/working-days";
import { isRecommendationId } from "@/lib/recommendations/registry";

describe("classifyEvent", () => {
  it("follows the frequency table when care was as intended and harm is not serious", () => {
    expect(classifyEvent({ kind: "haematoma", careAsIntended: true, harm: "mild" })).toBe("complication");
    expect(classifyEvent({ kind: "dizziness", careAsIntended: true, harm: "mild" })).toBe("incident");
    expect(classifyEvent({ kind: "loss-of-consciousness", careAsIntended: true, harm: "mild" })).toBe("incident");
    expect(classifyEvent({ kind: "pneumothorax", careAsIntended: true, harm: "mild" })).toBe("calamity");
  });
  it("makes care that fell short at least an incident, and serious harm a calamity", () => {
    expect(classifyEvent({ kind: "bleeding", careAsIntended: false, harm: "none" })).toBe("incident");
    expect(classifyEvent({ kind: "bleeding", careAsIntended: true, harm: "serious" })).toBe("calamity");
    expect(classifyEvent({ kind: "headache", careAsIntended: false, harm: "fatal" })).toBe("calamity");
  });
});

describe("reporting duty", () => {
  it("sends only calamities to the IGJ, within three working days skipping the weekend", () => {
    const thursday = expectedOutcome({ kind: "pneumothorax", careAsIntended: true, harm: "serious", setting: "own-practice", occurredOn: "2026-03-12" });
    expect(thursday).toMatchObject({ cls: "calamity", igj: "3-working-days", igjDueBy: "2026-03-17", vim: false });
    const incident = expectedOutcome({ kind: "dizziness", careAsIntended: true, harm: "mild", setting: "own-practice", occurredOn: "2026-03-12" });
    expect(incident).toMatchObject({ igj: "none", igjDueBy: null, vim: false });
  });
  it("uses the VIM in an institution for incidents and calamities, not for complications", () => {
    const base = { careAsIntended: true, harm: "mild", setting: "institution", occurredOn: "2026-01-05" } as const;
    expect(expectedOutcome({ ...base, kind: "haematoma" }).vim).toBe(false);
    expect(expectedOutcome({ ...base, kind: "headache" }).vim).toBe(true);
    expect(expectedOutcome({ ...base, kind: "sepsis", harm: "serious" })).toMatchObject({ vim: true, igj: "3-working-days", recs: ["ALG-5", "ALG-4"] });
  });
  it("counts working days", () => {
    expect(addWorkingDays("2026-05-15", 3)).toBe("2026-05-20"); // Friday → Wednesday
    expect(addWorkingDays("2026-03-09", 3)).toBe("2026-03-12"); // Monday → Thursday
    expect(addWorkingDays("2026-03-14", 3)).toBe("2026-03-18"); // Saturday → Wednesday
  });
});

describe("checkEventAnswer", () => {
  const pnx = EVENT_CASES.find((c) => c.id === "ev-pneumothorax-practice")!;
  it("accepts the right answer and names each wrong part", () => {
    expect(checkEventAnswer(pnx.facts, { cls: "calamity", igj: "3-working-days", vim: false }).correct).toBe(true);
    const wrong = checkEventAnswer(pnx.facts, { cls: "incident", igj: "none", vim: false });
    expect(wrong.correct).toBe(false);
    expect(wrong.parts).toEqual({ cls: false, igj: false, vim: true });
    expect(checkEventAnswer(pnx.facts, { cls: null, igj: null, vim: null }).correct).toBe(false);
  });
});

describe("EVENT_CASES", () => {
  it("has at least 8 cases in both languages covering all three classes and both settings", () => {
    expect(EVENT_CASES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(EVENT_CASES.map((c) => c.id)).size).toBe(EVENT_CASES.length);
    for (const c of EVENT_CASES) {
      for (const t of [c.story, c.why]) expect(t.nl.length > 20 && t.en.length > 20).toBe(true);
      expect(EVENT_TABLE[c.facts.kind]).toBeDefined();
    }
    const classes = new Set(EVENT_CASES.map((c) => classifyEvent(c.facts)));
    expect(classes).toEqual(new Set(["complication", "incident", "calamity"]));
    expect(new Set(EVENT_CASES.map((c) => c.facts.setting))).toEqual(new Set(["own-practice", "institution"]));
  });
  it("explains each case consistently with the computed answer", () => {
    const word = { complication: { nl: "complicatie", en: "complication" }, incident: { nl: "incident", en: "incident" }, calamity: { nl: "calamiteit", en: "calamity" } };
    for (const c of EVENT_CASES) {
      const cls = classifyEvent(c.facts);
      expect(c.why.nl.toLowerCase(), c.id).toContain(word[cls].nl);
      expect(c.why.en.toLowerCase(), c.id).toContain(word[cls].en);
      for (const r of expectedOutcome(c.facts).recs) expect(isRecommendationId(r)).toBe(true);
    }
  });
});
