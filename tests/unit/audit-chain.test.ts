import { describe, expect, it } from "vitest";
import { GENESIS_HASH, nextEntry, verifyChain, type AuditEntryRow } from "@/lib/audit/chain";
import { canonicalJson } from "@/lib/canonical-json";

function chain(n: number): AuditEntryRow[] {
  const rows: AuditEntryRow[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(nextEntry(rows.at(-1) ?? null, { type: "attempt.graded", actorId: `u${i}`, subjectId: `a${i}`, data: { passed: i % 2 === 0, percent: 50 + i } }, new Date(Date.UTC(2026, 0, 1, 0, i))));
  }
  return rows;
}

describe("audit hash chain", () => {
  it("links every entry to the one before", () => {
    const rows = chain(5);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[3]!.prevHash).toBe(rows[2]!.hash);
    expect(verifyChain(rows)).toEqual({ ok: true, count: 5, head: rows[4]!.hash });
    expect(verifyChain([])).toMatchObject({ ok: true, count: 0 });
  });

  it("finds an edited row at the right index", () => {
    const rows = chain(6);
    rows[3] = { ...rows[3]!, data: canonicalJson({ passed: true, percent: 99 }) };
    const verdict = verifyChain(rows);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.breaks).toEqual([expect.objectContaining({ index: 3, seq: 4, reason: "hash-mismatch" })]);
  });

  it("finds an edited row whose hash was recomputed, at the next link", () => {
    const rows = chain(6);
    const { hash: _old, ...body } = { ...rows[2]!, actorId: "someone-else" };
    void _old;
    rows[2] = nextEntry({ seq: 2, hash: rows[1]!.hash }, { type: "attempt.graded", actorId: "someone-else", subjectId: body.subjectId, data: { passed: true, percent: 52 } }, new Date(body.at));
    const verdict = verifyChain(rows);
    expect(verdict).toMatchObject({ ok: false, breaks: [{ index: 3, seq: 4, reason: "prev-hash-mismatch" }] });
  });

  it("finds a deleted row and a reordered row", () => {
    const rows = chain(5);
    const deleted = [...rows.slice(0, 2), ...rows.slice(3)];
    expect(verifyChain(deleted)).toMatchObject({ ok: false, breaks: [{ index: 2, seq: 4, reason: "sequence-gap" }, { index: 2, seq: 4, reason: "prev-hash-mismatch" }] });
    const truncatedHead = rows.slice(1);
    expect(verifyChain(truncatedHead)).toMatchObject({ ok: false, breaks: [{ index: 0, reason: "sequence-gap" }, { index: 0, reason: "prev-hash-mismatch" }] });
  });

  it("does not depend on the key order of the event data", () => {
    const a = nextEntry(null, { type: "certificate.issued", data: { b: 1, a: 2 } }, new Date(0));
    const b = nextEntry(null, { type: "certificate.issued", data: { a: 2, b: 1 } }, new Date(0));
    expect(a.hash).toBe(b.hash);
  });
});
