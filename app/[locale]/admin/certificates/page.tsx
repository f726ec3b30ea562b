import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { certificateState } from "@/lib/certificates/state";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";
import { revokeCertificateAction } from "@/server/credentials-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "audit" });
  return { title: t("certificates.title") };
}

/** Every certificate issued on the platform, newest first; an administrator may revoke any of them. */
export default async function AdminCertificatesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser("admin");
  const sp = await searchParams;
  const t = await getTranslations("audit");
  const tCommon = await getTranslations("common");
  const tc = await getTranslations("certificates");
  const format = await getFormatter();
  const certs = await getDb().certificate.findMany({ orderBy: { issuedAt: "desc" }, take: 200 });
  const now = new Date();
  return (
    <div className="container stack">
      <h1>{t("certificates.title")}</h1>
      <Notice ok={param(sp, "ok")} error={param(sp, "error")} />
      {certs.length === 0 ? (
        <p>{t("certificates.empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={tCommon("tableRegion", { name: t("certificates.title") })} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tc("verify.number")}</th>
                <th scope="col">{tc("verify.holder")}</th>
                <th scope="col">{tc("verify.course")}</th>
                <th scope="col">{tc("verify.provider")}</th>
                <th scope="col">{tc("verify.issued")}</th>
                <th scope="col">{t("certificates.state")}</th>
                <th scope="col"><span className="sr-only">{t("certificates.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {certs.map((c) => {
                const state = certificateState(c, now);
                return (
                  <tr key={c.id}>
                    <td><a href={`/verify/${c.id}?lang=${locale}`}>{c.number}</a></td>
                    <td>{c.holderName || "—"}</td>
                    <td>{c.courseTitle}</td>
                    <td>{c.providerName}</td>
                    <td>{format.dateTime(c.issuedAt, { dateStyle: "medium" })}</td>
                    <td><span className={state === "valid" ? "badge ok" : "badge danger"}>{tc(`state.${state}`)}</span></td>
                    <td>
                      {!c.revokedAt && (
                        <form action={revokeCertificateAction} className="row">
                          <input type="hidden" name="back" value={`/${locale}/admin/certificates`} />
                          <input type="hidden" name="certificateId" value={c.id} />
                          <label className="sr-only" htmlFor={`r-${c.id}`}>{t("certificates.reason", { number: c.number })}</label>
                          <input id={`r-${c.id}`} name="reason" required minLength={3} maxLength={500} placeholder={t("certificates.reasonPlaceholder")} />
                          <button type="submit" className="button danger">{t("certificates.revoke")}</button>
                        </form>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
