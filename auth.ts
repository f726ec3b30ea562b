import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/accounts";
import { parseRole, type Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { clientIp } from "@/server/request-ip";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; organisationId: string | null } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
    organisationId?: string | null;
  }
}

class ThrottledSignin extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    // The code travels to the sign-in form; it carries the wait so the message can say how long.
    this.code = `throttled:${retryAfterSeconds}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // AUTH_SECRET comes from the environment (scripts/start.mjs makes one for development).
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/nl/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate(getDb(), credentials, clientIp(request.headers));
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, organisationId: result.user.organisationId };
        if (result.reason === "throttled") throw new ThrottledSignin(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = user.role;
        token.organisationId = user.organisationId ?? null;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = parseRole(token.role);
      session.user.organisationId = (token.organisationId as string | null | undefined) ?? null;
      return session;
    },
  },
});
