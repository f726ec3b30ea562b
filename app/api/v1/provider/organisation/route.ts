import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { requireApiUser } from "@/server/guards";

/** The signed-in provider's organisation (providers and admins only). */
export async function GET() {
  const { user, response } = await requireApiUser("provider");
  if (response) return response;
  if (!user.organisationId) return NextResponse.json({ error: "not_found", message: "This account is not linked to an organisation." }, { status: 404 });
  const org = await getDb().organisation.findUnique({
    where: { id: user.organisationId },
    select: { id: true, name: true, accreditationNumber: true, accredited: true },
  });
  if (!org) return NextResponse.json({ error: "not_found", message: "Organisation not found." }, { status: 404 });
  return NextResponse.json(org);
}
