import { NextResponse } from "next/server";
import { requireApiUser } from "@/server/guards";

export async function GET() {
  const { user, response } = await requireApiUser();
  if (response) return response;
  return NextResponse.json({ id: user.id, name: user.name, email: user.email, role: user.role, organisationId: user.organisationId });
}
