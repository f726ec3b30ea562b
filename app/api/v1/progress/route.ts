import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { getUserProgress, progressRequestSchema, setSectionDone, UnknownSectionError } from "@/lib/progress";
import { requireApiUser } from "@/server/guards";

/** The signed-in user's section progress: rows plus a per-module summary and where to continue. */
export async function GET() {
  const { user, response } = await requireApiUser();
  if (response) return response;
  const progress = await getUserProgress(getDb(), user.id);
  return NextResponse.json(progress);
}

/** Body: { moduleSlug, sectionId, done?: boolean } — marks a section done (default) or not done. */
export async function POST(request: Request) {
  const { user, response } = await requireApiUser();
  if (response) return response;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "invalid_json", message: "The request body must be JSON." }, { status: 400 });
  }
  const parsed = progressRequestSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json(
      { error: "invalid_request", message: "Send { moduleSlug, sectionId, done? }.", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) },
      { status: 400 },
    );
  }
  try {
    const result = await setSectionDone(getDb(), user.id, parsed.data);
    return NextResponse.json({ moduleSlug: parsed.data.moduleSlug, sectionId: parsed.data.sectionId, ...result });
  } catch (err) {
    if (err instanceof UnknownSectionError) return NextResponse.json({ error: "unknown_section", message: err.message }, { status: 404 });
    throw err;
  }
}
