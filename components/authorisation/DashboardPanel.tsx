import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { refreshAuthorisation } from "@/lib/authorisation/service";
import { getDb } from "@/lib/db";
import { getRecommendation } from "@/lib/recommendations/registry";
import { publicBaseUrl } from "@/server/base-url";
import { Checklist } from "./Checklist";

/**
 * The dashboard's authorisation area: the checklist (evaluated, and granted when complete, on the
 * server), the participant's courses with the practice their instructors signed off, and links.
 */
export async function AuthorisationPanel({ userId, locale }: { userId: string; locale: string }) {
  const lang = locale === "en" ? "en" : "nl";
  const db = getDb();
  const { verdict } = await refreshAuthorisation(db, userId, { baseUrl: await publicBaseUrl(), lang });
  const [certificate, enrolments] = await Promise.all([
    db.certificate.findFirst({ where: { userId, revokedAt: null }, orderBy: { issuedAt: "desc" }, select: { id: true, number: true } }),
    db.enrolment.findMany({
      where: { userId },
      orderBy: { enrolledAt: "desc" },
      include: { cohort: { include: { course: { include: { organisation: { select: { name: true } } } } } }, signOffs: { orderBy: { technique: "asc" } } },
    }),
  ]);
  const t = await getTranslations("authorisation");
  const format = await getFormatter();
  return (
    <>
      <Checklist verdict={verdict} lang={lang} certificate={certificate} />
      <section className="card stack" aria-labelledby="my-courses-title" data-testid="my-courses">
        <h2 id="my-courses-title">{t("courses.title")}</h2>
        {enrolments.length === 0 ? (
          <p>{t("courses.empty")}</p>
        ) : (
          enrolments.map((e) => (
            <div key={e.id} className="stack">
              <h3>{e.cohort.course.title} <span className="small muted">· {e.cohort.course.organisation.name} · {e.cohort.name}</span></h3>
              {e.signOffs.length === 0 ? (
                <p className="small muted">{t("courses.noSignOffs")}</p>
              ) : (
                <ul>
                  {e.signOffs.map((s) => (
                    <li key={s.id}>
                      {s.technique} {getRecommendation(s.technique)?.title[lang]} — {t("detail.signedOff", { date: format.dateTime(s.practisedOn, { dateStyle: "medium" }), instructor: s.instructorName })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))
        )}
        <p className="row">
          <Link href="/enrol" className="button secondary">{t("courses.enrol")}</Link>
          <Link href="/certificates" className="button secondary">{t("courses.certificates")}</Link>
          <Link href="/portfolio" className="button secondary">{t("courses.portfolio")}</Link>
          <Link href="/account" className="button secondary">{t("courses.account")}</Link>
        </p>
      </section>
    </>
  );
}
