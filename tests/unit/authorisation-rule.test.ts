import { describe, expect, it } from "vitest";
import { addMonths, evaluateAuthorisation, REQUIRED_MODULES, THORACIC_TECHNIQUES, type Evidence, type PracticeEvidence } from "@/lib/authorisation/rule";

const d = (s: string) => new Date(`${s}T12:00:00Z`);
const NOW = d("2026-11-25");

function practice(over: Partial<PracticeEvidence> = {}): PracticeEvidence {
  return {
    enrolmentId: "e1",
    courseId: "c1",
    courseTitle: "Thoracaal",
    providerName: "Academie",
    validityMonths: 36,
    provider: { accredited: true, accreditedFrom: d("2025-01-01"), accreditedUntil: null },
    signOffs: THORACIC_TECHNIQUES.map((technique) => ({ technique, practisedOn: d("2026-10-01"), instructorName: "Docent", instructorOfProvider: true })),
    ...over,
  };
}

function complete(): Evidence {
  return {
    modules: REQUIRED_MODULES.map((slug) => ({ slug, sections: [`${slug}-a`, `${slug}-b`], completed: [`${slug}-a`, `${slug}-b`] })),
    quizzes: Object.fromEntries(REQUIRED_MODULES.map((slug) => [slug, { attemptId: `q-${slug}`, gradedAt: d("2026-10-02") }])),
    exams: [{ attemptId: "x1", gradedAt: d("2026-10-03") }],
    practicals: [{ attemptId: "p1", gradedAt: d("2026-10-04") }],
    practice: [practice()],
    current: null,
  };
}

const status = (v: ReturnType<typeof evaluateAuthorisation>, id: string) => v.items.find((i) => i.id === id)?.status;

describe("thoracic authorisation rule", () => {
  it("authorises when every requirement is met, valid for 36 months", () => {
    const v = evaluateAuthorisation(complete(), NOW);
    expect(v.state).toBe("authorised");
    expect(v.items).toHaveLength(7 + 7 + 3);
    expect(v.items.every((i) => i.status === "done")).toBe(true);
    expect(v.grant).toMatchObject({ enrolmentId: "e1", renews: null, validUntil: d("2029-11-25") });
  });

  it("uses the course's validity", () => {
    const e = complete();
    e.practice = [practice({ validityMonths: 24 })];
    expect(evaluateAuthorisation(e, NOW).grant?.validUntil).toEqual(d("2028-11-25"));
  });

  it.each([
    ["a module section unread", (e: Evidence) => { e.modules[6] = { ...e.modules[6]!, completed: [e.modules[6]!.sections[0]!] }; }, "module:m7-thoracic-techniques"],
    ["a module with no known sections", (e: Evidence) => { e.modules[0] = { ...e.modules[0]!, sections: [], completed: [] }; }, "module:m1-dry-needling-and-risks"],
    ["a quiz not passed", (e: Evidence) => { e.quizzes["m4-preventing-neurogenic-injury"] = null; }, "quiz:m4-preventing-neurogenic-injury"],
    ["the exam not passed", (e: Evidence) => { e.exams = []; }, "exam"],
    ["the practical not passed", (e: Evidence) => { e.practicals = []; }, "practical"],
    ["no enrolment", (e: Evidence) => { e.practice = []; }, "practice"],
    ["one technique not signed off", (e: Evidence) => { e.practice = [practice({ signOffs: practice().signOffs.filter((s) => s.technique !== "TECH-3") })]; }, "practice"],
    ["a sign-off by someone outside the provider", (e: Evidence) => { e.practice = [practice({ signOffs: practice().signOffs.map((s) => (s.technique === "TECH-5" ? { ...s, instructorOfProvider: false } : s)) })]; }, "practice"],
    ["a provider that is not accredited", (e: Evidence) => { e.practice = [practice({ provider: { accredited: false, accreditedFrom: null, accreditedUntil: null } })]; }, "practice"],
    ["practice after the accreditation lapsed", (e: Evidence) => { e.practice = [practice({ provider: { accredited: true, accreditedFrom: d("2020-01-01"), accreditedUntil: d("2026-09-01") } })]; }, "practice"],
  ])("does not authorise with %s", (_label, mutate, failing) => {
    const e = complete();
    mutate(e);
    const v = evaluateAuthorisation(e, NOW);
    expect(v.state).toBe("not-authorised");
    expect(v.grant).toBeNull();
    expect(v.items.filter((i) => i.status !== "done").map((i) => i.id)).toEqual([failing]);
  });

  it("does not combine techniques from two enrolments", () => {
    const e = complete();
    const all = practice().signOffs;
    e.practice = [practice({ enrolmentId: "e1", signOffs: all.slice(0, 3) }), practice({ enrolmentId: "e2", signOffs: all.slice(3) })];
    const v = evaluateAuthorisation(e, NOW);
    expect(v.state).toBe("not-authorised");
    const item = v.items.find((i) => i.kind === "practice");
    expect(item).toMatchObject({ enrolmentId: "e1", problem: "techniques-missing" });
  });

  it("explains an unaccredited provider", () => {
    const e = complete();
    e.practice = [practice({ provider: { accredited: false, accreditedFrom: null, accreditedUntil: null } })];
    expect(evaluateAuthorisation(e, NOW).items.find((i) => i.kind === "practice")).toMatchObject({ problem: "provider-not-accredited" });
  });

  describe("after a grant", () => {
    // the first exam and practical were passed just before the grant, 36 months before expiry
    const granted = (validUntil: string): Evidence => {
      const grantedAt = addMonths(d(validUntil), -36);
      const before = new Date(grantedAt.getTime() - 86_400_000);
      return { ...complete(), exams: [{ attemptId: "x1", gradedAt: before }], practicals: [{ attemptId: "p1", gradedAt: before }], current: { id: "a1", grantedAt, validUntil: d(validUntil) } };
    };

    it("stays authorised and grants nothing new before the renewal window", () => {
      const v = evaluateAuthorisation(granted("2029-01-01"), NOW);
      expect(v).toMatchObject({ state: "authorised", mode: "renewal", grant: null, renewalOpensAt: d("2028-07-01") });
    });

    it("asks for renewal in the last six months, and renews on exam + practical passed in the window", () => {
      const e = granted("2027-03-01");
      expect(evaluateAuthorisation(e, NOW)).toMatchObject({ state: "renewal-due", grant: null });
      expect(status(evaluateAuthorisation(e, NOW), "exam")).toBe("missing");
      e.exams = [{ attemptId: "x2", gradedAt: d("2026-11-01") }, ...e.exams];
      expect(evaluateAuthorisation(e, NOW).grant).toBeNull();
      e.practicals = [{ attemptId: "p2", gradedAt: d("2026-11-20") }, ...e.practicals];
      const v = evaluateAuthorisation(e, NOW);
      // renewed before expiry: extends from the old end date
      expect(v).toMatchObject({ state: "authorised", grant: { renews: "a1", validUntil: d("2030-03-01") } });
    });

    it("expires, and a renewal after expiry runs from the renewal date", () => {
      const e = granted("2026-06-01");
      const v = evaluateAuthorisation(e, NOW);
      expect(v.state).toBe("expired");
      expect(status(v, "exam")).toBe("expired");
      e.exams = [{ attemptId: "x2", gradedAt: d("2026-11-01") }];
      e.practicals = [{ attemptId: "p2", gradedAt: d("2026-11-02") }];
      expect(evaluateAuthorisation(e, NOW).grant).toMatchObject({ renews: "a1", validUntil: d("2029-11-25") });
    });
  });

  it("adds months without overflowing short months", () => {
    expect(addMonths(new Date("2027-01-31T00:00:00Z"), 1)).toEqual(new Date("2027-02-28T00:00:00Z"));
    expect(addMonths(new Date("2028-02-29T00:00:00Z"), 36)).toEqual(new Date("2031-02-28T00:00:00Z"));
    expect(addMonths(new Date("2027-03-01T00:00:00Z"), -6)).toEqual(new Date("2026-09-01T00:00:00Z"));
  });
});
