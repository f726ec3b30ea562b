import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { exportUserData } from "@/lib/portfolio/service";
import { requireApiUser } from "@/server/guards";

/** Everything stored about the signed-in user, as one JSON file (GDPR art. 15/20). */
export async function GET() {
  const { user, response } = await requireApiUser();
  if (response) return response;
  const data = await exportUserData(getDb(), user.id);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="naaldwijzer-my-data-${new Date().toISOString().slice(0, 10)}.json"`, "cache-control": "private, no-store" },
  });
}
