import { z } from "zod";
import { readFigure } from "@/lib/questions/bank";
import { jsonError } from "@/server/exam/api";

const figureSchema = z.string().regex(/^[a-z0-9-]+(\.svg)?$/);

/** The drawing of a hotspot item (no regions: those stay on the server). */
export async function GET(_request: Request, { params }: { params: Promise<{ figure: string }> }) {
  const parsed = figureSchema.safeParse((await params).figure);
  if (!parsed.success) return jsonError(400, "invalid_request", "not a figure id");
  try {
    const svg = readFigure(parsed.data.replace(/\.svg$/, ""));
    return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" } });
  } catch {
    return jsonError(404, "not_found", "No such figure.");
  }
}
