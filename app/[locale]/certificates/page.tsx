import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { certificateState } from "@/lib/certificates/state";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "certificates" });
  return { title: t("mine.title") };
}

export default async function MyCertificatesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const t = await getTranslations("certificates");
  const format = await getFormatter();
  const certs = await getDb().certificate.findMany({ where: { userId: user.id }, orderBy: { issuedAt: "desc" } });
  const now = new Date();
  return (
    <div className="container stack">
      <h1>{t("mine.title")}</h1>
      <p className="muted">{t("mine.lead")}</p>
      {certs.length === 0 && <p>{t("mine.empty")}</p>}
      {certs.map((c) => {
        const state = certificateState(c, now);
        return (
          <article key={c.id} className="card stack" aria-labelledby={`c-${c.id}`} data-testid="my-certificate">
            <h2 id={`c-${c.id}`}>{c.number} <span className={state === "valid" ? "badge ok" : "badge danger"}>{t(`state.${state}`)}</span></h2>
            <p>{c.courseTitle} · {c.providerName}</p>
            <p className="small muted">{t("mine.dates", { issued: format.dateTime(c.issuedAt, { dateStyle: "long" }), until: format.dateTime(c.validUntil, { dateStyle: "long" }) })}</p>
            <p className="row">
              <a className="button" href={`/api/v1/certificates/${c.id}/pdf?lang=nl`} download>{t("mine.pdfNl")}</a>
              <a className="button" href={`/api/v1/certificates/${c.id}/pdf?lang=en`} download>{t("mine.pdfEn")}</a>
              <a className="button secondary" href={`/api/v1/certificates/${c.id}/credential`} download>{t("mine.credential")}</a>
              <a className="button secondary" href={`/api/v1/certificates/${c.id}/credential?format=json`} download>{t("mine.credentialJson")}</a>
              <a href={`/verify/${c.id}?lang=${locale}`}>{t("mine.verify")}</a>
            </p>
          </article>
        );
      })}
      <p className="small muted">{t("mine.about")}</p>
    </div>
  );
}
