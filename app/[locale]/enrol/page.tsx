import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { requireUser } from "@/server/guards";
import { enrolAction } from "@/server/credentials-actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses" });
  return { title: t("enrol.title") };
}

export default async function EnrolPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const sp = await searchParams;
  const t = await getTranslations("courses");
  return (
    <div className="narrow stack">
      <h1>{t("enrol.title")}</h1>
      <p>{t("enrol.lead")}</p>
      <Notice error={param(sp, "error")} />
      <form action={enrolAction} className="stack">
        <input type="hidden" name="back" value={`/${locale}/enrol`} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="via" value="code" />
        <div className="field">
          <label htmlFor="code">{t("enrol.code")}</label>
          <input id="code" name="code" required autoComplete="off" pattern="[A-Za-z2-9]{8}" maxLength={8} aria-describedby="code-hint" style={{ textTransform: "uppercase" }} />
          <p className="hint" id="code-hint">{t("enrol.codeHint")}</p>
        </div>
        <div><button type="submit" className="button">{t("enrol.submit")}</button></div>
      </form>
    </div>
  );
}
