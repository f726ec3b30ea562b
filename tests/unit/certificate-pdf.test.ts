import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCertificatePdf } from "@/lib/certificates/pdf";
import { winAnsi } from "@/lib/pdf-fonts";

/** Text of a PDF through poppler's pdftotext (installed by .ci/run with pdftoppm). */
function pdfText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nw-pdf-"));
  try {
    fs.writeFileSync(path.join(dir, "c.pdf"), bytes);
    return execFileSync("pdftotext", ["-layout", path.join(dir, "c.pdf"), "-"], { encoding: "utf8" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const data = {
  number: "NW-2026-000042",
  holderName: "Łukasz Şahin-Nguyễn",
  courseTitle: "Dry needling in de thoracale regio",
  providerName: "Academie Veilig Dry Needling",
  providerAccreditation: "KNGF KRF-1",
  points: 12,
  hours: 16,
  register: "Kwaliteitsregister Fysio NL",
  issuedAt: new Date("2026-11-25T10:00:00Z"),
  validUntil: new Date("2029-11-25T10:00:00Z"),
  verifyUrl: "https://naaldwijzer.example/verify/AbCdEfGhIjKlMnOp",
};

describe("certificate PDF", () => {
  it("is one A4 page in Dutch with the holder's name as written, the number, dates and the link", async () => {
    const text = pdfText(await renderCertificatePdf({ ...data, lang: "nl" }));
    for (const s of ["Certificaat", "Łukasz Şahin-Nguyễn", "NW-2026-000042", "25 november 2029", "Geldig tot", "TECH-5", "https://naaldwijzer.example/verify/AbCdEfGhIjKlMnOp"]) expect(text).toContain(s);
  });

  it("speaks English when asked", async () => {
    const text = pdfText(await renderCertificatePdf({ ...data, lang: "en" }));
    for (const s of ["Certificate", "Valid until", "25 November 2029", "is authorised for dry needling in the thoracic region"]) expect(text).toContain(s);
  });

  it("falls back to WinAnsi-safe text for the standard fonts", () => {
    expect(winAnsi("Zoë – “quote” Ł")).toBe('Zoë – "quote" ?');
  });
});
