/** A certificate's state as a verifier sees it: revocation wins over expiry. Pure. */
export type CertificateState = "valid" | "expired" | "revoked";

export function certificateState(cert: { revokedAt: Date | null; validUntil: Date; issuedAt: Date }, now: Date): CertificateState {
  if (cert.revokedAt && cert.revokedAt <= now) return "revoked";
  if (now >= cert.validUntil) return "expired";
  return "valid";
}

/** "NW-2026-000042": year of issue and a running number, zero-padded. */
export function formatCertificateNumber(year: number, sequence: number): string {
  return `NW-${year}-${String(sequence).padStart(6, "0")}`;
}
