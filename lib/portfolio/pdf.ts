import { PDFDocument, rgb } from "pdf-lib";
import { drawable, embedFonts } from "@/lib/pdf-fonts";
import type { Portfolio } from "./build";

const T = {
  nl: { title: "Nascholingsportfolio", holder: "Naam", generated: "Gemaakt op", cols: ["Datum", "Soort", "Titel / aanbieder", "Punten", "Uren"], kind: { course: "cursus", certificate: "certificaat", activity: "nascholing" }, total: "Totaal" },
  en: { title: "CPD portfolio", holder: "Name", generated: "Generated on", cols: ["Date", "Kind", "Title / provider", "Points", "Hours"], kind: { course: "course", certificate: "certificate", activity: "activity" }, total: "Total" },
} as const;

/** A4 pages listing the portfolio, with totals; repeats the header on each page. */
export async function portfolioPdf(p: Portfolio, lang: "nl" | "en", now: Date): Promise<Uint8Array> {
  const t = T[lang];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t.title} — ${p.holder}`);
  const fonts = await embedFonts(pdf);
  const { regular: font, bold } = fonts;
  const ink = rgb(0.1, 0.15, 0.2);
  const x = [48, 120, 200, 460, 510];
  let page = pdf.addPage([595.28, 841.89]);
  let y = 790;
  const text = (s: string, px: number, py: number, size = 10, f = font) => page.drawText(drawable(fonts, s), { x: px, y: py, size, font: f, color: ink });
  const header = () => {
    text(t.title, 48, y, 18, bold);
    y -= 22;
    text(`${t.holder}: ${p.holder}   ${t.generated}: ${now.toISOString().slice(0, 10)}`, 48, y);
    y -= 24;
    t.cols.forEach((c, i) => text(c, x[i]!, y, 10, bold));
    y -= 16;
  };
  header();
  for (const r of p.rows) {
    if (y < 70) {
      page = pdf.addPage([595.28, 841.89]);
      y = 790;
      header();
    }
    const title = r.reference ? `${r.title} (${r.reference}${r.state ? `, ${r.state}` : ""})` : r.title;
    text(r.date.toISOString().slice(0, 10), x[0]!, y);
    text(t.kind[r.kind], x[1]!, y);
    text(title.length > 48 ? `${title.slice(0, 47)}…` : title, x[2]!, y);
    text(String(r.points), x[3]!, y);
    text(String(r.hours), x[4]!, y);
    y -= 12;
    text(r.provider.length > 60 ? `${r.provider.slice(0, 59)}…` : r.provider, x[2]!, y, 8);
    y -= 14;
  }
  y -= 6;
  text(t.total, x[2]!, y, 10, bold);
  text(String(p.totals.points), x[3]!, y, 10, bold);
  text(String(p.totals.hours), x[4]!, y, 10, bold);
  return pdf.save();
}
