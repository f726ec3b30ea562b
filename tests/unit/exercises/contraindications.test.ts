import { describe, expect, it } from "vitest";
import { checkScreening, FINDINGS, SCREENING_CASES, screenIntake, VERDICTS } from "@/lib/exercises/contraindications";
import { isRecommendationId } from "@/lib/recommendations/registry";

const L = (s: string) => ({ nl: s, en: s });

describe("screenIntake", () => {
  it("returns the strictest verdict and only the lines that matter", () => {
    const r = screenIntake([
      { finding: "anticoagulants", text: L("apixaban") },
      { finding: "open-wound", inRegion: true, text: L("graze") },
      { finding: null, text: L("paracetamol") },
    ]);
    expect(r.verdict).toBe("not-here");
    expect(r.relevant.map((x) => x.index)).toEqual([0, 1]);
    expect(r.relevant[1]!.recs).toEqual(["INF-4"]);
  });
  it("ignores regional findings outside the planned region", () => {
    expect(screenIntake([{ finding: "lymphoedema", inRegion: false, text: L("other arm") }]).verdict).toBe("needle");
    expect(screenIntake([{ finding: "lymphoedema", inRegion: true, text: L("this arm") }]).verdict).toBe("not-here");
    expect(screenIntake([{ finding: "scoliosis-paraspinal", inRegion: true, text: L("rib hump") }]).relevant[0]!.recs).toEqual(["PNX-4"]);
  });
  it("ranks consult-first above needle-with-care", () => {
    expect(screenIntake([{ finding: "pregnancy", text: L("p") }, { finding: "thrombocytopenia", text: L("t") }]).verdict).toBe("consult-first");
    expect(screenIntake([{ finding: "pregnancy", text: L("p") }]).verdict).toBe("needle-with-care");
  });
});

describe("checkScreening", () => {
  const c = SCREENING_CASES.find((x) => x.id === "cs-other-side-nickel")!;
  it("accepts the right verdict with the right lines", () => {
    expect(checkScreening(c, { verdict: "needle-with-care", flagged: [1] }).correct).toBe(true);
  });
  it("reports missed and wrongly flagged lines and a wrong verdict", () => {
    const f = checkScreening(c, { verdict: "not-here", flagged: [0] });
    expect(f).toMatchObject({ correct: false, verdictCorrect: false, expectedVerdict: "needle-with-care", missed: [1], wronglyFlagged: [0] });
  });
});

describe("SCREENING_CASES", () => {
  it("has at least 8 bilingual cases spanning all four verdicts", () => {
    expect(SCREENING_CASES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(SCREENING_CASES.map((c) => screenIntake(c.lines).verdict))).toEqual(new Set(VERDICTS));
    for (const c of SCREENING_CASES) {
      expect(c.plan.nl && c.plan.en).toBeTruthy();
      for (const l of c.lines) expect(l.text.nl.length > 5 && l.text.en.length > 5, c.id).toBe(true);
    }
  });
  it("names only known recommendation IDs and covers the intake items the issue lists", () => {
    for (const f of Object.values(FINDINGS)) for (const r of f.recs) expect(isRecommendationId(r)).toBe(true);
    const used = new Set(SCREENING_CASES.flatMap((c) => c.lines.map((l) => l.finding)));
    for (const f of Object.keys(FINDINGS)) expect(used.has(f as keyof typeof FINDINGS), `no case uses ${f}`).toBe(true);
  });
});
