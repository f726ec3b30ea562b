import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { StandardFonts, type PDFDocument, type PDFFont } from "pdf-lib";

/**
 * Fonts for generated PDFs. DejaVu Sans (Debian fonts-dejavu-core; PDF_FONT_DIR overrides the folder)
 * draws names such as "Łukasz Şahin" correctly; without it the standard Helvetica is used, which only
 * encodes WinAnsi, and other characters are replaced by "?" (see winAnsi) rather than failing.
 */
export type PdfFonts = { regular: PDFFont; bold: PDFFont; unicode: boolean };

const FONT_DIRS = [process.env.PDF_FONT_DIR, "/usr/share/fonts/truetype/dejavu"].filter((d): d is string => !!d);

let cached: { regular: Uint8Array; bold: Uint8Array } | null | undefined;

function dejaVu(): { regular: Uint8Array; bold: Uint8Array } | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const dir of FONT_DIRS) {
    const regular = path.join(dir, "DejaVuSans.ttf");
    const bold = path.join(dir, "DejaVuSans-Bold.ttf");
    if (fs.existsSync(regular) && fs.existsSync(bold)) {
      cached = { regular: new Uint8Array(fs.readFileSync(regular)), bold: new Uint8Array(fs.readFileSync(bold)) };
      break;
    }
  }
  return cached;
}

export async function embedFonts(pdf: PDFDocument): Promise<PdfFonts> {
  const files = dejaVu();
  if (files) {
    pdf.registerFontkit(fontkit);
    return { regular: await pdf.embedFont(files.regular, { subset: true }), bold: await pdf.embedFont(files.bold, { subset: true }), unicode: true };
  }
  return { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold), unicode: false };
}

/** The standard fonts only encode WinAnsi; replace what they cannot draw instead of failing. */
export function winAnsi(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2212/g, "-")
    .replace(/[^\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2026\u20AC]/g, "?");
}

/** Text as the chosen font can draw it. */
export function drawable(fonts: PdfFonts, text: string): string {
  return fonts.unicode ? text : winAnsi(text);
}
