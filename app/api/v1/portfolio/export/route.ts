import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { portfolioCsv } from "@/lib/portfolio/build";
import { portfolioPdf } from "@/lib/portfolio/pdf";
import { loadPortfolio } from "@/lib/portfolio/service";
import { badRequest } from "@/server/api-errors";
import { requireApiUser } from "@/server/guards";

const query = z.object({ format: z.enum(["csv", "pdf"]), lang: z.enum(["nl", "en"]).default("nl") });

/** The signed-in user's CPD portfolio as CSV or PDF. */
export async function GET(request: Request) {
  const { user, response } = await requireApiUser();
  if (response) return response;
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return badRequest("Use ?format=csv or ?format=pdf, and lang=nl or en.");
  const now = new Date();
  const portfolio = await loadPortfolio(getDb(), user.id, now);
  const stamp = now.toISOString().slice(0, 10);
  if (parsed.data.format === "csv") {
    // BOM so spreadsheet programs read the file as UTF-8
    return new NextResponse(`\uFEFF${portfolioCsv(portfolio, parsed.data.lang)}`, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="cpd-portfolio-${stamp}.csv"` },
    });
  }
  const pdf = await portfolioPdf(portfolio, parsed.data.lang, now);
  return new NextResponse(Buffer.from(pdf), { headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="cpd-portfolio-${stamp}.pdf"` } });
}
