import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { CertificateError } from "@/lib/certificates/service";
import { ProviderError } from "@/lib/providers/service";

/** Known domain and validation errors become 4xx JSON with a message; anything else is rethrown. */
export function errorResponse(err: unknown): NextResponse {
  if (err instanceof ZodError) {
    return NextResponse.json(
      { error: "invalid", message: err.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "), issues: err.issues.map((i) => ({ path: i.path.join("."), message: i.message })) },
      { status: 400 },
    );
  }
  if (err instanceof ProviderError || err instanceof CertificateError) {
    return NextResponse.json({ error: err.code.replace(/-/g, "_"), message: err.message }, { status: err.status });
  }
  throw err;
}

export function badRequest(message: string): NextResponse {
  return NextResponse.json({ error: "invalid", message }, { status: 400 });
}
