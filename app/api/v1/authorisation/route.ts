import { NextResponse } from "next/server";
import { refreshAuthorisation } from "@/lib/authorisation/service";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/server/base-url";
import { requireApiUser } from "@/server/guards";

/** The signed-in user's thoracic authorisation: state and checklist (evaluated — and granted — on the server). */
export async function GET(request: Request) {
  const { user, response } = await requireApiUser();
  if (response) return response;
  const lang = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "nl";
  const { verdict, granted, certificateId } = await refreshAuthorisation(getDb(), user.id, { baseUrl: await publicBaseUrl(), lang });
  return NextResponse.json({ state: verdict.state, mode: verdict.mode, validUntil: verdict.validUntil, renewalOpensAt: verdict.renewalOpensAt, items: verdict.items, grantedNow: granted, certificateId });
}
