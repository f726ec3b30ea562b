import { describe, expect, it } from "vitest";
import { checkConsentNote, CONSENT_CASES, requiredElements } from "@/lib/exercises/consent-note";

describe("checkConsentNote", () => {
  it("passes every case's model note in both languages", () => {
    for (const c of CONSENT_CASES) {
      for (const lang of ["nl", "en"] as const) {
        const r = checkConsentNote(c.modelNote[lang], c.extras);
        expect(r.missing, `${c.id} ${lang}`).toEqual([]);
        expect(r.complete).toBe(true);
      }
    }
  });

  it("finds nothing in an empty or unrelated note", () => {
    const r = checkConsentNote("Patiënt komt voor zijn nek.");
    expect(r.score).toBe(0);
    expect(r.missing).toEqual(requiredElements([]));
  });

  it("names exactly what is missing", () => {
    const r = checkConsentNote("12-3-2026. Risico's uitgelegd, spierpijn verwacht. Toestemming gegeven.");
    expect(r.missing).toEqual(["screening", "alternatives", "no-treatment", "understanding"]);
  });

  it("treats negated consent or understanding as missing", () => {
    expect(checkConsentNote("Patiënt geeft geen toestemming.").missing).toContain("consent");
    expect(checkConsentNote("The patient did not give consent.").missing).toContain("consent");
    expect(checkConsentNote("Consent was refused by the patient.").missing).toContain("consent");
    expect(checkConsentNote("Hij heeft het niet begrepen.").missing).toContain("understanding");
    expect(checkConsentNote("No questions, consent given.").missing).not.toContain("consent");
    expect(checkConsentNote("Toestemming: nee.").missing).toContain("consent");
    expect(checkConsentNote("Consent - no").missing).toContain("consent");
    expect(checkConsentNote("Toestemming: ja.").missing).not.toContain("consent");
  });

  it("accepts realistic shorthand notes in both languages", () => {
    const nl = checkConsentNote("5/3/2026 pt geïnformeerd over risico's (bloeding/hematoom) en napijn; alt: oefentherapie of niets doen. Pt begrijpt het. Akkoord. Contra-indicaties nagevraagd.");
    expect(nl.missing).toEqual([]);
    const en = checkConsentNote("Contraindications checked. Informed patient about risks (bruising) and soreness, alternatives such as exercise therapy or no treatment. Patient verbalised understanding. Verbal consent obtained 03/05/2026.");
    expect(en.missing).toEqual([]);
  });

  it("is accent- and case-insensitive and accepts mixed languages", () => {
    const r = checkConsentNote("RISICO'S besproken; Patiente begrijpt het. CONSENT given on March 3rd.");
    expect(r.elements.find((e) => e.id === "risks")!.present).toBe(true);
    expect(r.elements.find((e) => e.id === "understanding")!.present).toBe(true);
    expect(r.elements.find((e) => e.id === "date")!.present).toBe(true);
  });

  it("recognises dates in common Dutch and English forms only", () => {
    for (const d of ["3-3-2026", "03/03/26", "2026-03-03", "3 maart 2026", "12 mei", "May 12"]) expect(checkConsentNote(d).missing, d).not.toContain("date");
    for (const d of ["vandaag", "you may proceed", "version 3.2"]) expect(checkConsentNote(d).missing, d).toContain("date");
  });

  it("requires the pregnancy and thoracic elements only for those cases", () => {
    const base = "Gescreend op contra-indicaties. Risico's en spierpijn besproken, alternatieven en niet behandelen genoemd. Begrepen. Toestemming. 1-2-2026.";
    expect(checkConsentNote(base).complete).toBe(true);
    expect(checkConsentNote(base, ["pregnancy"]).missing).toEqual(["pregnancy-literature"]);
    expect(checkConsentNote(base, ["thoracic"]).missing).toEqual(["pneumothorax-emergency"]);
    expect(checkConsentNote(`${base} Klaplong uitgelegd.`, ["thoracic"]).missing).toEqual(["pneumothorax-emergency"]);
    expect(checkConsentNote(`${base} Klaplong uitgelegd; dan direct naar de SEH.`, ["thoracic"]).complete).toBe(true);
  });

  it("has at least 8 cases, with pregnancy and thoracic variants", () => {
    expect(CONSENT_CASES.length).toBeGreaterThanOrEqual(8);
    expect(CONSENT_CASES.some((c) => c.extras.includes("pregnancy"))).toBe(true);
    expect(CONSENT_CASES.some((c) => c.extras.includes("thoracic"))).toBe(true);
  });
});
