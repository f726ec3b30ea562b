import type { Db, Tx } from "@/lib/db";
import { nextEntry, verifyChain, type AuditEntryRow, type AuditEvent, type ChainVerdict } from "./chain";

type Client = Tx | Db;

function toRow(e: { seq: number; at: Date; type: string; actorId: string | null; subjectId: string | null; data: string; prevHash: string; hash: string }): AuditEntryRow {
  return { ...e, at: e.at.toISOString() };
}

/**
 * Appends one entry inside the caller's transaction, so the event and its audit record commit or fail
 * together. On PostgreSQL a transaction-scoped advisory lock serialises appenders (SQLite transactions
 * already are); the primary key on seq would reject a lost race in any case.
 */
export async function appendAudit(tx: Tx, event: AuditEvent, at: Date = new Date()): Promise<AuditEntryRow> {
  if (isPostgresClient(tx)) await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(727275)");
  const last = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const row = nextEntry(last, event, at);
  await tx.auditEntry.create({ data: { ...row, at: new Date(row.at) } });
  return row;
}

export function isPostgresClient(client: Client): boolean {
  // The generated client records its provider; both clients share one TypeScript type (lib/db.ts).
  const provider = (client as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql";
}

export async function readChain(db: Client): Promise<AuditEntryRow[]> {
  const rows = await db.auditEntry.findMany({ orderBy: { seq: "asc" } });
  return rows.map(toRow);
}

/** Reads and verifies the whole chain; `ms` is the time taken (read + verify), for the admin page. */
export async function verifyStoredChain(db: Client): Promise<{ verdict: ChainVerdict; entries: AuditEntryRow[]; ms: number }> {
  const started = performance.now();
  const entries = await readChain(db);
  const verdict = verifyChain(entries);
  return { verdict, entries, ms: Math.round(performance.now() - started) };
}
