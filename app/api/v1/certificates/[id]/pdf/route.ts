import { NextResponse } from "next/server";
import { renderCertificatePdf } from "@/lib/certificates/pdf";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/server/base-url";
import { canSeeCertificate } from "@/server/certificates";
import { requireApiUser } from "@/server/guards";

/** The certificate as an A4 PDF (?lang=nl|en; default the certificate's language). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await requireApiUser();
  if (response) return response;
  const { id } = await params;
  const db = getDb();
  const cert = await db.certificate.findUnique({ where: { id } });
  if (!cert || !(await canSeeCertificate(db, user, cert))) return NextResponse.json({ error: "not_found", message: "No such certificate." }, { status: 404 });
  const requested = new URL(request.url).searchParams.get("lang");
  if (requested && requested !== "nl" && requested !== "en") return NextResponse.json({ error: "invalid", message: "lang must be nl or en." }, { status: 400 });
  const lang = (requested ?? cert.locale) === "en" ? "en" : "nl";
  const pdf = await renderCertificatePdf({ ...cert, holderName: cert.holderName || "—", verifyUrl: `${await publicBaseUrl()}/verify/${cert.id}`, lang });
  return new NextResponse(Buffer.from(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="naaldwijzer-${cert.number}-${lang}.pdf"`, "cache-control": "private, no-store" },
  });
}
