import "server-only";
import { headers } from "next/headers";
import { normaliseBaseUrl } from "@/lib/credentials/issuer";

/**
 * The public origin credentials and QR codes point at. NAALDWIJZER_BASE_URL pins it (production: it is
 * part of the issuer's did:web and of every signed credential); otherwise it follows the request.
 */
export async function publicBaseUrl(): Promise<string> {
  const fixed = process.env.NAALDWIJZER_BASE_URL?.trim();
  if (fixed) return normaliseBaseUrl(fixed);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
