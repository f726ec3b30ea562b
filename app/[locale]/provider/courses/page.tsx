import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";
import { createCourseAction, saveAccreditationAction } from "@/server/credentials-actions";
import { TableScroll } from "@/components/layout/TableScroll";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses" });
  return { title: t("title") };
}

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export default async function CoursesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser("provider");
  const sp = await searchParams;
  const t = await getTranslations("courses");
  const format = await getFormatter();
  const db = getDb();
  const org = user.organisationId
    ? await db.organisation.findUnique({ where: { id: user.organisationId }, include: { accreditation: true, courses: { orderBy: { createdAt: "desc" }, include: { _count: { select: { cohorts: true } } } } } })
    : null;
  const backPath = `/${locale}/provider/courses`;
  if (!org) {
    return (
      <div className="container stack">
        <h1>{t("title")}</h1>
        <p className="alert info">{t("noOrganisation")}</p>
      </div>
    );
  }
  const acc = org.accreditation;
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <Notice ok={param(sp, "ok")} error={param(sp, "error")} />

      <section className="card stack" aria-labelledby="acc-title">
        <h2 id="acc-title">{t("accreditation.title", { name: org.name })}</h2>
        <p>
          <span className={org.accredited ? "badge ok" : "badge warn"}>{org.accredited ? t("accreditation.accredited") : t("accreditation.notAccredited")}</span>{" "}
          {org.accreditationNumber && <span className="muted">{t("accreditation.number", { number: org.accreditationNumber })}</span>}
        </p>
        <form action={saveAccreditationAction} className="stack">
          <input type="hidden" name="back" value={backPath} />
          <div className="grid">
            <div className="field"><label htmlFor="acc-body">{t("accreditation.body")}</label><input id="acc-body" name="body" required defaultValue={acc?.body ?? ""} /></div>
            <div className="field"><label htmlFor="acc-register">{t("accreditation.register")}</label><input id="acc-register" name="register" required defaultValue={acc?.register ?? ""} /></div>
            <div className="field"><label htmlFor="acc-from">{t("accreditation.validFrom")}</label><input id="acc-from" name="validFrom" type="date" required defaultValue={day(acc?.validFrom)} /></div>
            <div className="field"><label htmlFor="acc-until">{t("accreditation.validUntil")}</label><input id="acc-until" name="validUntil" type="date" defaultValue={day(acc?.validUntil)} /></div>
            <div className="field"><label htmlFor="acc-web">{t("accreditation.website")}</label><input id="acc-web" name="website" type="url" defaultValue={acc?.website ?? ""} /></div>
            <div className="field"><label htmlFor="acc-mail">{t("accreditation.contactEmail")}</label><input id="acc-mail" name="contactEmail" type="email" defaultValue={acc?.contactEmail ?? ""} /></div>
          </div>
          <div><button type="submit" className="button">{t("accreditation.save")}</button></div>
        </form>
      </section>

      <section className="stack" aria-labelledby="courses-title">
        <h2 id="courses-title">{t("list.title")}</h2>
        {org.courses.length === 0 ? (
          <p className="muted">{t("list.empty")}</p>
        ) : (
          <TableScroll label={t("list.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("course.title")}</th>
                <th scope="col">{t("course.points")}</th>
                <th scope="col">{t("course.hours")}</th>
                <th scope="col">{t("course.register")}</th>
                <th scope="col">{t("list.cohorts")}</th>
                <th scope="col">{t("list.created")}</th>
              </tr>
            </thead>
            <tbody>
              {org.courses.map((c) => (
                <tr key={c.id}>
                  <td><Link href={`/provider/courses/${c.id}`}>{c.title}</Link></td>
                  <td>{c.accreditationPoints}</td>
                  <td>{c.hours}</td>
                  <td>{c.register}</td>
                  <td>{c._count.cohorts}</td>
                  <td>{format.dateTime(c.createdAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
      </section>

      <section className="card stack" aria-labelledby="new-course-title">
        <h2 id="new-course-title">{t("new.title")}</h2>
        <form action={createCourseAction} className="stack">
          <input type="hidden" name="back" value={backPath} />
          <input type="hidden" name="locale" value={locale} />
          <div className="field"><label htmlFor="c-title">{t("course.title")}</label><input id="c-title" name="title" required minLength={3} maxLength={200} /></div>
          <div className="field"><label htmlFor="c-desc">{t("course.description")}</label><textarea id="c-desc" name="description" rows={3} maxLength={2000} /></div>
          <div className="grid">
            <div className="field"><label htmlFor="c-points">{t("course.points")}</label><input id="c-points" name="accreditationPoints" type="number" min={0} max={500} step="0.5" required /></div>
            <div className="field"><label htmlFor="c-hours">{t("course.hours")}</label><input id="c-hours" name="hours" type="number" min={0} max={1000} step="0.5" required /></div>
            <div className="field"><label htmlFor="c-register">{t("course.register")}</label><input id="c-register" name="register" required defaultValue={acc?.register ?? ""} /></div>
            <div className="field">
              <label htmlFor="c-validity">{t("course.validityMonths")}</label>
              <input id="c-validity" name="validityMonths" type="number" min={1} max={120} defaultValue={36} aria-describedby="c-validity-hint" />
              <p className="hint" id="c-validity-hint">{t("course.validityHint")}</p>
            </div>
            <div className="field">
              <label htmlFor="c-issue">{t("course.certificateIssue")}</label>
              <select id="c-issue" name="certificateIssue" defaultValue="auto">
                <option value="auto">{t("course.issueAuto")}</option>
                <option value="instructor">{t("course.issueInstructor")}</option>
              </select>
            </div>
          </div>
          <div><button type="submit" className="button">{t("new.submit")}</button></div>
        </form>
      </section>
    </div>
  );
}
