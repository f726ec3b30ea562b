/**
 * One JSON file per namespace and locale under messages/<locale>/. A feature adds its file here;
 * tests/unit/messages.test.ts checks that both locales have the same keys.
 */
export const NAMESPACES = ["common", "home", "auth", "dashboard", "provider", "admin", "modules", "exam", "courses", "authorisation", "certificates", "portfolio", "audit", "trainer"] as const;
export type Namespace = (typeof NAMESPACES)[number];
