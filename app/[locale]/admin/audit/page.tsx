import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { verifyStoredChain } from "@/lib/audit";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "audit" });
  return { title: t("title") };
}

/** Verifies the whole hash chain on every view and marks the rows where it breaks. */
export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser("admin");
  const t = await getTranslations("audit");
  const tCommon = await getTranslations("common");
  const format = await getFormatter();
  const { verdict, entries, ms } = await verifyStoredChain(getDb());
  const broken = new Map<number, string[]>();
  if (!verdict.ok) for (const b of verdict.breaks) broken.set(b.index, [...(broken.get(b.index) ?? []), t(`reason.${b.reason}`)]);
  const shown = entries.map((e, index) => ({ e, index })).reverse().slice(0, 500);
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      {verdict.ok ? (
        <p className="alert ok" role="status" data-testid="audit-verdict" data-ok="true">{t("intact", { count: verdict.count, head: verdict.head.slice(0, 16), ms })}</p>
      ) : (
        <div className="alert error" role="alert" data-testid="audit-verdict" data-ok="false">
          <p>{t("broken", { count: verdict.breaks.length, total: verdict.count })}</p>
          <ul>{verdict.breaks.map((b, i) => <li key={i}>{t("breakAt", { seq: b.seq, index: b.index + 1, reason: t(`reason.${b.reason}`) })}</li>)}</ul>
        </div>
      )}
      <p className="small muted">{t("command")} <code>npm run audit:verify</code></p>
      <div className="table-scroll" role="region" aria-label={tCommon("tableRegion", { name: t("title") })} tabIndex={0}>
        <table>
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("col.at")}</th>
              <th scope="col">{t("col.type")}</th>
              <th scope="col">{t("col.actor")}</th>
              <th scope="col">{t("col.subject")}</th>
              <th scope="col">{t("col.data")}</th>
              <th scope="col">{t("col.hash")}</th>
              <th scope="col">{t("col.check")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ e, index }) => (
              <tr key={e.seq} data-broken={broken.has(index) ? "true" : undefined} style={broken.has(index) ? { background: "var(--danger-tint)" } : undefined}>
                <td>{e.seq}</td>
                <td>{format.dateTime(new Date(e.at), { dateStyle: "short", timeStyle: "medium" })}</td>
                <td>{e.type}</td>
                <td><code className="small">{e.actorId ?? "—"}</code></td>
                <td><code className="small">{e.subjectId ?? "—"}</code></td>
                <td><code className="small">{e.data}</code></td>
                <td><code className="small">{e.hash.slice(0, 12)}…</code></td>
                <td>{broken.has(index) ? <span className="badge danger">{broken.get(index)!.join(", ")}</span> : <span className="badge ok">{t("ok")}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length > shown.length && <p className="small muted">{t("truncated", { shown: shown.length, total: entries.length })}</p>}
    </div>
  );
}
