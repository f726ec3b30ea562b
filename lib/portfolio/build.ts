import { certificateState, type CertificateState } from "@/lib/certificates/state";

/** The CPD portfolio as plain data (pure): what the page, CSV, PDF and share link all show. */
export type PortfolioRow = {
  kind: "course" | "certificate" | "activity";
  date: Date;
  title: string;
  provider: string;
  register: string;
  points: number;
  hours: number;
  /** certificate number, or null */
  reference: string | null;
  state: CertificateState | null;
  validUntil: Date | null;
};
export type Portfolio = { holder: string; rows: PortfolioRow[]; totals: { points: number; hours: number } };

type CourseIn = { enrolledAt: Date; endsOn: Date; title: string; provider: string; register: string; points: number; hours: number; completed: boolean };
type CertIn = { number: string; issuedAt: Date; validUntil: Date; revokedAt: Date | null; courseTitle: string; providerName: string; register: string };
type ActivityIn = { date: Date; title: string; provider: string; register: string; points: number; hours: number };

/**
 * Points and hours count once per course: a course's points count when it is completed (a certificate
 * from it exists) and not again for its certificate; external activities count as entered.
 */
export function buildPortfolio(input: { holder: string; courses: CourseIn[]; certificates: CertIn[]; activities: ActivityIn[] }, now: Date): Portfolio {
  const rows: PortfolioRow[] = [
    ...input.courses.map((c) => ({ kind: "course" as const, date: c.endsOn, title: c.title, provider: c.provider, register: c.register, points: c.completed ? c.points : 0, hours: c.completed ? c.hours : 0, reference: null, state: null, validUntil: null })),
    ...input.certificates.map((c) => ({ kind: "certificate" as const, date: c.issuedAt, title: c.courseTitle, provider: c.providerName, register: c.register, points: 0, hours: 0, reference: c.number, state: certificateState(c, now), validUntil: c.validUntil })),
    ...input.activities.map((a) => ({ kind: "activity" as const, date: a.date, title: a.title, provider: a.provider, register: a.register, points: a.points, hours: a.hours, reference: null, state: null, validUntil: null })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());
  const round = (n: number) => Math.round(n * 100) / 100;
  return { holder: input.holder, rows, totals: { points: round(rows.reduce((s, r) => s + r.points, 0)), hours: round(rows.reduce((s, r) => s + r.hours, 0)) } };
}

const HEAD = {
  nl: ["soort", "datum", "titel", "aanbieder", "register", "punten", "uren", "certificaatnummer", "status", "geldig tot"],
  en: ["kind", "date", "title", "provider", "register", "points", "hours", "certificate number", "status", "valid until"],
};

function csvCell(v: string | number): string {
  let s = String(v);
  // a leading = + - @ would make a spreadsheet evaluate the cell
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (CRLF), UTF-8; dates as YYYY-MM-DD. */
export function portfolioCsv(p: Portfolio, lang: "nl" | "en"): string {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  const lines = [HEAD[lang].join(",")];
  for (const r of p.rows) {
    lines.push([r.kind, day(r.date), r.title, r.provider, r.register, r.points, r.hours, r.reference ?? "", r.state ?? "", day(r.validUntil)].map(csvCell).join(","));
  }
  lines.push(["total", "", "", "", "", p.totals.points, p.totals.hours, "", "", ""].map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
