import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";
import { createCohortAction } from "@/server/credentials-actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses" });
  return { title: t("detail.title") };
}

export default async function CoursePage({ params, searchParams }: { params: Promise<{ locale: string; courseId: string }>; searchParams: SearchParams }) {
  const { locale, courseId } = await params;
  setRequestLocale(locale);
  const user = await requireUser("provider");
  const sp = await searchParams;
  const t = await getTranslations("courses");
  const format = await getFormatter();
  const course = await getDb().course.findUnique({ where: { id: courseId }, include: { cohorts: { orderBy: { startsOn: "desc" }, include: { _count: { select: { enrolments: true } } } } } });
  if (!course || (user.role !== "admin" && course.organisationId !== user.organisationId)) notFound();
  return (
    <div className="container stack">
      <p><Link href="/provider/courses">← {t("title")}</Link></p>
      <h1>{course.title}</h1>
      <Notice ok={param(sp, "ok")} error={param(sp, "error")} />
      {course.description && <p>{course.description}</p>}
      <dl className="card">
        <dt>{t("course.points")}</dt><dd>{course.accreditationPoints}</dd>
        <dt>{t("course.hours")}</dt><dd>{course.hours}</dd>
        <dt>{t("course.register")}</dt><dd>{course.register}</dd>
        <dt>{t("course.validityMonths")}</dt><dd>{course.validityMonths}</dd>
        <dt>{t("course.certificateIssue")}</dt><dd>{course.certificateIssue === "auto" ? t("course.issueAuto") : t("course.issueInstructor")}</dd>
      </dl>

      <section className="stack" aria-labelledby="cohorts-title">
        <h2 id="cohorts-title">{t("cohorts.title")}</h2>
        {course.cohorts.length === 0 ? (
          <p className="muted">{t("cohorts.empty")}</p>
        ) : (
          <ul>
            {course.cohorts.map((c) => (
              <li key={c.id}>
                <Link href={`/provider/cohorts/${c.id}`}>{c.name}</Link> · {format.dateTimeRange(c.startsOn, c.endsOn, { dateStyle: "medium" })} · {t("cohorts.participants", { count: c._count.enrolments })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card stack" aria-labelledby="new-cohort-title">
        <h2 id="new-cohort-title">{t("cohorts.new")}</h2>
        <form action={createCohortAction} className="stack">
          <input type="hidden" name="back" value={`/${locale}/provider/courses/${course.id}`} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="courseId" value={course.id} />
          <div className="grid">
            <div className="field"><label htmlFor="h-name">{t("cohorts.name")}</label><input id="h-name" name="name" required minLength={2} maxLength={120} /></div>
            <div className="field"><label htmlFor="h-start">{t("cohorts.startsOn")}</label><input id="h-start" name="startsOn" type="date" required /></div>
            <div className="field"><label htmlFor="h-end">{t("cohorts.endsOn")}</label><input id="h-end" name="endsOn" type="date" required /></div>
          </div>
          <div><button type="submit" className="button">{t("cohorts.create")}</button></div>
        </form>
      </section>
    </div>
  );
}
