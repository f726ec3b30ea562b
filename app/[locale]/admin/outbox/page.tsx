import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";
import { sendRemindersAction } from "@/server/credentials-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "audit" });
  return { title: t("outbox.title") };
}

/** Development mail preview: every message the outbox mailer "sent", newest first. */
export default async function OutboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser("admin");
  const sp = await searchParams;
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const messages = await getDb().outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  return (
    <div className="container stack">
      <h1>{t("outbox.title")}</h1>
      <p className="muted">{t("outbox.lead")}</p>
      <Notice ok={param(sp, "ok")} error={param(sp, "error")} values={{ sent: param(sp, "sent") ?? "0" }} />
      <form action={sendRemindersAction}>
        <input type="hidden" name="back" value={`/${locale}/admin/outbox`} />
        <button type="submit" className="button">{t("outbox.send")}</button>
      </form>
      {messages.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        messages.map((m) => (
          <article key={m.id} className="card stack" aria-labelledby={`m-${m.id}`}>
            <h2 id={`m-${m.id}`} className="small">{m.subject}</h2>
            <p className="small muted">{t("outbox.meta", { to: m.to, kind: m.kind, date: format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
            <pre style={{ whiteSpace: "pre-wrap" }}>{m.body}</pre>
          </article>
        ))
      )}
    </div>
  );
}
