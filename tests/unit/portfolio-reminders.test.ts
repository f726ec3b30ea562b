import { describe, expect, it } from "vitest";
import { dueStage } from "@/lib/authorisation/reminders";
import { buildPortfolio, portfolioCsv } from "@/lib/portfolio/build";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("expiry reminders", () => {
  const until = d("2029-11-25");
  it("is due at 6 months and at 1 month before expiry, once each", () => {
    expect(dueStage(until, null, d("2029-05-24"))).toBeNull();
    expect(dueStage(until, null, d("2029-05-25"))).toBe(6);
    expect(dueStage(until, d("2029-05-25"), d("2029-06-30"))).toBeNull();
    expect(dueStage(until, d("2029-05-25"), d("2029-10-25"))).toBe(1);
    expect(dueStage(until, d("2029-10-25"), d("2029-11-01"))).toBeNull();
    expect(dueStage(until, null, d("2029-11-25"))).toBeNull();
  });
});

describe("CPD portfolio", () => {
  const p = buildPortfolio(
    {
      holder: "Sam",
      courses: [
        { enrolledAt: d("2026-01-01"), endsOn: d("2026-03-01"), title: "Thorax", provider: "Academie", register: "KRF", points: 12, hours: 16, completed: true },
        { enrolledAt: d("2026-04-01"), endsOn: d("2026-06-01"), title: "Nek", provider: "Academie", register: "KRF", points: 6, hours: 8, completed: false },
      ],
      certificates: [{ number: "NW-2026-000001", issuedAt: d("2026-03-02"), validUntil: d("2029-03-02"), revokedAt: null, courseTitle: "Thorax", providerName: "Academie", register: "KRF" }],
      activities: [{ date: d("2026-05-05"), title: 'Echo, "thorax"', provider: "+Echo", register: "", points: 2.5, hours: 3 }],
    },
    d("2026-11-25"),
  );

  it("counts completed courses and activities, not certificates or unfinished courses", () => {
    expect(p.totals).toEqual({ points: 14.5, hours: 19 });
    expect(p.rows.map((r) => r.kind)).toEqual(["course", "activity", "certificate", "course"]);
    expect(p.rows.find((r) => r.kind === "certificate")?.state).toBe("valid");
  });

  it("writes RFC 4180 CSV and defuses spreadsheet formulas", () => {
    const lines = portfolioCsv(p, "nl").split("\r\n");
    expect(lines[0]).toBe("soort,datum,titel,aanbieder,register,punten,uren,certificaatnummer,status,geldig tot");
    expect(lines[2]).toBe(`activity,2026-05-05,"Echo, ""thorax""",'+Echo,,2.5,3,,,`);
    expect(lines.at(-2)).toBe("total,,,,,14.5,19,,,");
    expect(lines.at(-1)).toBe("");
  });
});
