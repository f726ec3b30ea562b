import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { requireUser } from "@/server/guards";
import { deleteAccountAction } from "@/server/credentials-actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "portfolio" });
  return { title: t("account.title") };
}

export default async function AccountPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const sp = await searchParams;
  const t = await getTranslations("portfolio");
  return (
    <div className="narrow stack">
      <h1>{t("account.title")}</h1>
      <Notice error={param(sp, "error")} />
      <section className="card stack" aria-labelledby="export-title">
        <h2 id="export-title">{t("account.exportTitle")}</h2>
        <p>{t("account.exportLead")}</p>
        <p><a className="button" href="/api/v1/me/export" download>{t("account.export")}</a></p>
      </section>
      <section className="card stack" aria-labelledby="delete-title">
        <h2 id="delete-title">{t("account.deleteTitle")}</h2>
        <p>{t("account.deleteLead")}</p>
        <form action={deleteAccountAction} className="stack">
          <input type="hidden" name="back" value={`/${locale}/account`} />
          <input type="hidden" name="locale" value={locale} />
          <div className="field">
            <label htmlFor="confirm">{t("account.confirm", { email: user.email })}</label>
            <input id="confirm" name="confirm" type="email" required autoComplete="off" />
          </div>
          <div><button type="submit" className="button danger">{t("account.delete")}</button></div>
        </form>
      </section>
    </div>
  );
}
