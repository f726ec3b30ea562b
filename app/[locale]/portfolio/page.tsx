import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { PortfolioTable } from "@/components/credentials/PortfolioTable";
import { getDb } from "@/lib/db";
import { loadPortfolio } from "@/lib/portfolio/service";
import { requireUser } from "@/server/guards";
import { addActivityAction, createShareAction, revokeShareAction } from "@/server/credentials-actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "portfolio" });
  return { title: t("title") };
}

export default async function PortfolioPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const sp = await searchParams;
  const t = await getTranslations("portfolio");
  const format = await getFormatter();
  const db = getDb();
  const now = new Date();
  const [portfolio, shares] = await Promise.all([
    loadPortfolio(db, user.id, now),
    db.portfolioShare.findMany({ where: { userId: user.id, revokedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" } }),
  ]);
  const backPath = `/${locale}/portfolio`;
  const link = param(sp, "link");
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <Notice ok={param(sp, "ok")} error={param(sp, "error")} />
      {link && <p className="alert ok">{t("share.created")} <code data-testid="share-link">{link}</code></p>}
      <PortfolioTable portfolio={portfolio} />
      <p className="row">
        <a className="button secondary" href={`/api/v1/portfolio/export?format=csv&lang=${locale}`} download>{t("export.csv")}</a>
        <a className="button secondary" href={`/api/v1/portfolio/export?format=pdf&lang=${locale}`} download>{t("export.pdf")}</a>
      </p>

      <section className="card stack" aria-labelledby="share-title">
        <h2 id="share-title">{t("share.title")}</h2>
        <p className="small">{t("share.lead")}</p>
        <form action={createShareAction} className="row">
          <input type="hidden" name="back" value={backPath} />
          <input type="hidden" name="locale" value={locale} />
          <div className="field">
            <label htmlFor="share-days">{t("share.days")}</label>
            <select id="share-days" name="days" defaultValue="14">
              {[1, 7, 14, 30, 90].map((d) => <option key={d} value={d}>{t("share.dayOption", { count: d })}</option>)}
            </select>
          </div>
          <button type="submit" className="button">{t("share.create")}</button>
        </form>
        {shares.length > 0 && (
          <ul>
            {shares.map((s) => (
              <li key={s.id}>
                {t("share.active", { date: format.dateTime(s.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}{" "}
                <form action={revokeShareAction} style={{ display: "inline" }}>
                  <input type="hidden" name="back" value={backPath} />
                  <input type="hidden" name="shareId" value={s.id} />
                  <button type="submit" className="linklike">{t("share.revoke")}</button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card stack" aria-labelledby="activity-title">
        <h2 id="activity-title">{t("activity.title")}</h2>
        <form action={addActivityAction} className="stack">
          <input type="hidden" name="back" value={backPath} />
          <div className="grid">
            <div className="field"><label htmlFor="a-title">{t("activity.name")}</label><input id="a-title" name="title" required minLength={2} maxLength={200} /></div>
            <div className="field"><label htmlFor="a-provider">{t("activity.provider")}</label><input id="a-provider" name="provider" required minLength={2} maxLength={200} /></div>
            <div className="field"><label htmlFor="a-date">{t("activity.date")}</label><input id="a-date" name="date" type="date" required /></div>
            <div className="field"><label htmlFor="a-points">{t("col.points")}</label><input id="a-points" name="points" type="number" min={0} max={500} step="0.5" required /></div>
            <div className="field"><label htmlFor="a-hours">{t("col.hours")}</label><input id="a-hours" name="hours" type="number" min={0} max={1000} step="0.5" required /></div>
            <div className="field"><label htmlFor="a-register">{t("activity.register")}</label><input id="a-register" name="register" maxLength={160} /></div>
          </div>
          <div><button type="submit" className="button">{t("activity.add")}</button></div>
        </form>
      </section>
    </div>
  );
}
