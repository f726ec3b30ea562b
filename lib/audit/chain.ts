import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/canonical-json";

/**
 * Hash chain over audit entries: hash_n = sha256(hash_{n-1} + canonicalJson(entry_n without hash)).
 * The first entry's prevHash is GENESIS_HASH. Pure: the database layer (./log.ts) stores and reads.
 */
export const GENESIS_HASH = "0".repeat(64);

export const AUDIT_EVENT_TYPES = [
  "attempt.graded",
  "practice.signed-off",
  "practice.withdrawn",
  "authorisation.granted",
  "certificate.issued",
  "certificate.revoked",
  "account.deleted",
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export type AuditEvent = {
  type: AuditEventType;
  actorId?: string | null;
  subjectId?: string | null;
  /** ids, numbers and codes only — never names or emails (accounts can be deleted; the chain cannot change) */
  data?: Record<string, unknown>;
};

export type AuditEntryBody = { seq: number; at: string; type: string; actorId: string | null; subjectId: string | null; data: string; prevHash: string };
export type AuditEntryRow = AuditEntryBody & { hash: string };

export function hashEntry(body: AuditEntryBody): string {
  return createHash("sha256").update(body.prevHash + canonicalJson(body)).digest("hex");
}

export function nextEntry(prev: Pick<AuditEntryRow, "seq" | "hash"> | null, event: AuditEvent, at: Date): AuditEntryRow {
  const body: AuditEntryBody = {
    seq: prev ? prev.seq + 1 : 1,
    at: at.toISOString(),
    type: event.type,
    actorId: event.actorId ?? null,
    subjectId: event.subjectId ?? null,
    data: canonicalJson(event.data ?? {}),
    prevHash: prev ? prev.hash : GENESIS_HASH,
  };
  return { ...body, hash: hashEntry(body) };
}

export type ChainBreak = {
  /** position in the list given (0-based) */
  index: number;
  seq: number;
  reason: "hash-mismatch" | "prev-hash-mismatch" | "sequence-gap";
  message: string;
};
export type ChainVerdict = { ok: true; count: number; head: string } | { ok: false; count: number; breaks: ChainBreak[] };

/**
 * Recomputes every hash in order. An edited row fails its own hash check; a deleted or inserted row
 * shows as a sequence gap or a prevHash that does not link. All breaks are reported, first first.
 */
export function verifyChain(entries: readonly AuditEntryRow[]): ChainVerdict {
  const breaks: ChainBreak[] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  entries.forEach((entry, index) => {
    if (entry.seq !== prevSeq + 1) {
      breaks.push({ index, seq: entry.seq, reason: "sequence-gap", message: `expected entry ${prevSeq + 1}, found ${entry.seq}: entries are missing or inserted` });
    }
    if (entry.prevHash !== prevHash) {
      breaks.push({ index, seq: entry.seq, reason: "prev-hash-mismatch", message: `entry ${entry.seq} does not link to the entry before it` });
    }
    const { hash, ...body } = entry;
    if (hashEntry(body) !== hash) {
      breaks.push({ index, seq: entry.seq, reason: "hash-mismatch", message: `entry ${entry.seq} was changed after it was written` });
    }
    prevHash = entry.hash;
    prevSeq = entry.seq;
  });
  return breaks.length ? { ok: false, count: entries.length, breaks } : { ok: true, count: entries.length, head: prevHash };
}
