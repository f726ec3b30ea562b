import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { THORACIC_ACHIEVEMENT } from "@/lib/credentials/achievement";
import { drawable, embedFonts } from "@/lib/pdf-fonts";
import { getRecommendation } from "@/lib/recommendations/registry";

export { winAnsi } from "@/lib/pdf-fonts";

export type CertificatePdfData = {
  number: string;
  holderName: string;
  courseTitle: string;
  providerName: string;
  providerAccreditation: string;
  points: number;
  hours: number;
  register: string;
  issuedAt: Date;
  validUntil: Date;
  verifyUrl: string;
  lang: "nl" | "en";
};

const T = {
  nl: {
    title: "Certificaat",
    certifies: "Hierbij wordt verklaard dat",
    achieved: "bevoegd is voor dry needling in de thoracale regio",
    basis: "De houder heeft de thoracale technieken geleerd in een geaccrediteerde cursus, ze onder supervisie geoefend en de toetsen gehaald (PNX-1).",
    course: "Cursus",
    provider: "Aanbieder",
    accreditation: "Accreditatie",
    points: "Accreditatiepunten",
    hours: "Uren",
    register: "Register",
    issued: "Uitgegeven op",
    validUntil: "Geldig tot",
    number: "Certificaatnummer",
    techniques: "Geoefende technieken",
    verify: "Controleer de geldigheid:",
  },
  en: {
    title: "Certificate",
    certifies: "This certifies that",
    achieved: "is authorised for dry needling in the thoracic region",
    basis: "The holder learnt the thoracic techniques in an accredited course, practised them under supervision and passed the tests (PNX-1).",
    course: "Course",
    provider: "Provider",
    accreditation: "Accreditation",
    points: "Accreditation points",
    hours: "Hours",
    register: "Register",
    issued: "Issued on",
    validUntil: "Valid until",
    number: "Certificate number",
    techniques: "Techniques practised",
    verify: "Check its validity:",
  },
} as const;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function date(d: Date, lang: "nl" | "en"): string {
  return d.toLocaleDateString(lang === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
}

/** A4 certificate with a QR code that leads to the public verification page. */
export async function renderCertificatePdf(data: CertificatePdfData): Promise<Uint8Array> {
  const t = T[data.lang];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t.title} ${data.number}`);
  pdf.setAuthor("Naaldwijzer");
  pdf.setSubject(THORACIC_ACHIEVEMENT.name[data.lang]);
  pdf.setLanguage(data.lang === "nl" ? "nl-NL" : "en-GB");
  pdf.setCreationDate(data.issuedAt);
  const page: PDFPage = pdf.addPage([595.28, 841.89]);
  const fonts = await embedFonts(pdf);
  const { regular, bold } = fonts;
  const fit = (text: string) => drawable(fonts, text);
  const ink = rgb(0.1, 0.15, 0.2);
  const accent = rgb(0.05, 0.4, 0.45);
  const { width } = page.getSize();
  const margin = 56;
  const draw = (text: string, x: number, y: number, size: number, font = regular, color = ink) => page.drawText(fit(text), { x, y, size, font, color });
  const centre = (text: string, y: number, size: number, font = regular, color = ink) => draw(text, (width - font.widthOfTextAtSize(fit(text), size)) / 2, y, size, font, color);

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: 841.89 - 48, borderColor: accent, borderWidth: 2 });
  centre("Naaldwijzer", 770, 14, bold, accent);
  centre(t.title, 720, 34, bold);
  centre(t.certifies, 680, 13);
  centre(data.holderName, 645, 24, bold);
  centre(t.achieved, 615, 14);
  let y = 585;
  for (const line of wrap(t.basis, regular, 11, width - 2 * margin - 40)) {
    centre(line, y, 11);
    y -= 15;
  }

  y -= 20;
  const rows: [string, string][] = [
    [t.course, data.courseTitle],
    [t.provider, data.providerName],
    [t.accreditation, data.providerAccreditation || "-"],
    [t.points, String(data.points)],
    [t.hours, String(data.hours)],
    [t.register, data.register],
    [t.issued, date(data.issuedAt, data.lang)],
    [t.validUntil, date(data.validUntil, data.lang)],
    [t.number, data.number],
  ];
  for (const [label, value] of rows) {
    draw(label, margin, y, 11, bold);
    const lines = wrap(fit(value), regular, 11, width - margin - 200 - margin);
    lines.forEach((l, i) => draw(l, margin + 190, y - i * 14, 11));
    y -= 14 * Math.max(1, lines.length) + 6;
  }

  y -= 10;
  draw(t.techniques, margin, y, 11, bold);
  y -= 16;
  for (const id of THORACIC_ACHIEVEMENT.practisedTechniques) {
    const rec = getRecommendation(id);
    draw(`${id}  ${rec?.title[data.lang] ?? ""}`, margin + 10, y, 10);
    y -= 14;
  }

  const qr = await QRCode.toBuffer(data.verifyUrl, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 6 });
  const image = await pdf.embedPng(qr);
  const size = 130;
  page.drawImage(image, { x: width - margin - size, y: 60, width: size, height: size });
  draw(t.verify, margin, 120, 11, bold);
  for (const [i, line] of wrap(data.verifyUrl, regular, 9, width - 2 * margin - size - 20).entries()) draw(line, margin, 104 - i * 12, 9, regular, accent);
  draw(data.number, margin, 70, 9);

  return pdf.save();
}
