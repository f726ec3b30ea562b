import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale negotiation and the /nl or /en prefix only. Access control is done on the server by each
// page, action and route (server/guards.ts), never here alone.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|verify|.*\\..*).*)"],
};
