import { describe, expect, it } from "vitest";
import { checkPnxAnswer, expectedPnxAction, PNX_CASES, SYMPTOMS, suggestiveSigns } from "@/lib/exercises/pneumothorax";

describe("pneumothorax recogniser", () => {
  it("sends the patient to the emergency department on any suggestive sign", () => {
    expect(expectedPnxAction(["local-soreness", "dry-cough"])).toBe("emergency-now");
    expect(expectedPnxAction(["local-soreness", "bruise"])).toBe("aftercare-and-explain");
    expect(suggestiveSigns(["stiff-neck", "wheezing", "fatigue"])).toEqual(["wheezing", "fatigue"]);
  });

  it("checks flagged signs and the action", () => {
    const c = PNX_CASES.find((x) => x.id === "px-rhomboids-evening")!;
    expect(checkPnxAnswer(c, { flagged: ["pain-between-shoulder-blades", "breathing-difficulty"], action: "emergency-now" }).correct).toBe(true);
    const f = checkPnxAnswer(c, { flagged: ["local-soreness"], action: "gp-in-a-few-days" });
    expect(f).toMatchObject({ correct: false, actionCorrect: false, missed: ["pain-between-shoulder-blades", "breathing-difficulty"], wronglyFlagged: ["local-soreness"] });
    expect(f.recs).toEqual(["PNX-3"]);
  });

  it("has at least 8 bilingual cases, both outcomes, and uses every guideline symptom", () => {
    expect(PNX_CASES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(PNX_CASES.map((c) => expectedPnxAction(c.observations)))).toEqual(new Set(["emergency-now", "aftercare-and-explain"]));
    const used = new Set(PNX_CASES.flatMap((c) => c.observations));
    for (const [id, s] of Object.entries(SYMPTOMS)) if (s.suggestive) expect(used.has(id as keyof typeof SYMPTOMS), id).toBe(true);
    for (const c of PNX_CASES) expect(c.story.nl.length > 30 && c.story.en.length > 30).toBe(true);
  });
});
