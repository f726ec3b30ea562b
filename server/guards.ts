import "server-only";
import { forbidden } from "next/navigation";
import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { auth } from "@/auth";
import { canAccess, type Role } from "@/lib/auth/roles";
import { redirect } from "@/i18n/navigation";

export type CurrentUser = { id: string; name: string; email: string; role: Role; organisationId: string | null };

export async function currentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { id, name, email, role, organisationId } = session.user;
  return { id, name: name ?? "", email: email ?? "", role, organisationId };
}

/** For pages and server actions: sends a visitor to sign in; renders the 403 page for a wrong role. */
export async function requireUser(role?: Role | readonly Role[]): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) {
    const locale = await getLocale();
    return redirect({ href: "/sign-in", locale });
  }
  if (role && !canAccess(user.role, role)) forbidden();
  return user;
}

/** For route handlers: the user, or the 401/403 JSON response to send back. */
export async function requireApiUser(
  role?: Role | readonly Role[],
): Promise<{ user: CurrentUser; response?: never } | { user?: never; response: NextResponse }> {
  const user = await currentUser();
  if (!user) return { response: NextResponse.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 }) };
  if (role && !canAccess(user.role, role)) {
    return { response: NextResponse.json({ error: "forbidden", message: `This needs the ${[role].flat().join(" or ")} role.` }, { status: 403 }) };
  }
  return { user };
}
