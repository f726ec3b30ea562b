import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { Link } from "@/i18n/navigation";
import { THORACIC_TECHNIQUES } from "@/lib/authorisation/rule";
import { certificateState } from "@/lib/certificates/state";
import { getDb } from "@/lib/db";
import { getRecommendation } from "@/lib/recommendations/registry";
import { publicBaseUrl } from "@/server/base-url";
import { requireUser } from "@/server/guards";
import { addInstructorAction, issueCertificateAction, revokeCertificateAction, signOffAction, withdrawSignOffAction } from "@/server/credentials-actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses" });
  return { title: t("cohort.title") };
}

export default async function CohortPage({ params, searchParams }: { params: Promise<{ locale: string; cohortId: string }>; searchParams: SearchParams }) {
  const { locale, cohortId } = await params;
  setRequestLocale(locale);
  const user = await requireUser("provider");
  const sp = await searchParams;
  const t = await getTranslations("courses");
  const format = await getFormatter();
  const db = getDb();
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    include: {
      course: true,
      instructors: { include: { user: { select: { name: true, email: true } } } },
      enrolments: { orderBy: { enrolledAt: "asc" }, include: { user: { select: { id: true, name: true, email: true } }, signOffs: true } },
    },
  });
  if (!cohort || (user.role !== "admin" && cohort.course.organisationId !== user.organisationId)) notFound();
  const userIds = cohort.enrolments.map((e) => e.userId);
  const [authorisations, certificates] = await Promise.all([
    db.authorisation.findMany({ where: { userId: { in: userIds } }, orderBy: { grantedAt: "desc" } }),
    db.certificate.findMany({ where: { userId: { in: userIds }, courseId: cohort.courseId }, orderBy: { issuedAt: "desc" } }),
  ]);
  const now = new Date();
  const backPath = `/${locale}/provider/cohorts/${cohort.id}`;
  const inviteLink = `${await publicBaseUrl()}/${locale}/enrol/${cohort.inviteCode}`;
  const lang = locale === "en" ? "en" : "nl";
  const today = now.toISOString().slice(0, 10);

  return (
    <div className="container stack">
      <p><Link href={`/provider/courses/${cohort.courseId}`}>← {cohort.course.title}</Link></p>
      <h1>{t("cohort.heading", { name: cohort.name })}</h1>
      <p className="muted">{format.dateTimeRange(cohort.startsOn, cohort.endsOn, { dateStyle: "long" })}</p>
      <p><Link href={{ pathname: "/provider/statistics", query: { cohort: cohort.id } }} data-testid="cohort-statistics">{t("cohort.results")}</Link></p>
      <Notice ok={param(sp, "ok")} error={param(sp, "error")} />

      <section className="card stack" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("cohort.invite")}</h2>
        <p>{t("cohort.code")}: <strong data-testid="invite-code" style={{ fontFamily: "monospace", fontSize: "1.3rem" }}>{cohort.inviteCode}</strong></p>
        <p>{t("cohort.link")}: <code data-testid="invite-link">{inviteLink}</code></p>
        <p className="small muted">{t("cohort.inviteHint")}</p>
      </section>

      <section className="card stack" aria-labelledby="instructors-title">
        <h2 id="instructors-title">{t("cohort.instructors")}</h2>
        <ul>{cohort.instructors.map((i) => <li key={i.userId}>{i.user.name} ({i.user.email})</li>)}</ul>
        <form action={addInstructorAction} className="row">
          <input type="hidden" name="back" value={backPath} />
          <input type="hidden" name="cohortId" value={cohort.id} />
          <div className="field"><label htmlFor="i-email">{t("cohort.instructorEmail")}</label><input id="i-email" name="email" type="email" required /></div>
          <button type="submit" className="button secondary">{t("cohort.addInstructor")}</button>
        </form>
      </section>

      <section className="stack" aria-labelledby="participants-title">
        <h2 id="participants-title">{t("cohort.participants")}</h2>
        {cohort.enrolments.length === 0 && <p className="muted">{t("cohort.noParticipants")}</p>}
        {cohort.enrolments.map((e) => {
          const auth = authorisations.find((a) => a.userId === e.userId);
          const certs = certificates.filter((c) => c.userId === e.userId);
          const live = certs.find((c) => c.authorisationId === auth?.id && !c.revokedAt);
          const idp = `p-${e.id}`;
          return (
            <article key={e.id} className="card stack" aria-labelledby={`${idp}-name`} data-testid={`participant-${e.user.email}`}>
              <h3 id={`${idp}-name`}>{e.user.name} <span className="muted small">{e.user.email}</span></h3>
              <table>
                <caption className="sr-only">{t("signOff.caption", { name: e.user.name })}</caption>
                <thead>
                  <tr><th scope="col">{t("signOff.technique")}</th><th scope="col">{t("signOff.date")}</th><th scope="col">{t("signOff.instructor")}</th><th scope="col"><span className="sr-only">{t("signOff.actions")}</span></th></tr>
                </thead>
                <tbody>
                  {THORACIC_TECHNIQUES.map((tech) => {
                    const s = e.signOffs.find((x) => x.technique === tech);
                    return (
                      <tr key={tech}>
                        <th scope="row">{tech} <span className="small muted">{getRecommendation(tech)?.title[lang]}</span></th>
                        <td>{s ? format.dateTime(s.practisedOn, { dateStyle: "medium" }) : <span className="badge warn">{t("signOff.notYet")}</span>}</td>
                        <td>{s?.instructorName ?? "—"}</td>
                        <td>
                          {s && (
                            <form action={withdrawSignOffAction}>
                              <input type="hidden" name="back" value={backPath} />
                              <input type="hidden" name="signOffId" value={s.id} />
                              <button type="submit" className="linklike" aria-label={t("signOff.withdrawLabel", { technique: tech, name: e.user.name })}>{t("signOff.withdraw")}</button>
                            </form>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <form action={signOffAction} className="row" aria-label={t("signOff.formLabel", { name: e.user.name })}>
                <input type="hidden" name="back" value={backPath} />
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="enrolmentId" value={e.id} />
                <div className="field">
                  <label htmlFor={`${idp}-tech`}>{t("signOff.technique")}</label>
                  <select id={`${idp}-tech`} name="technique" defaultValue={THORACIC_TECHNIQUES.find((x) => !e.signOffs.some((s) => s.technique === x)) ?? "TECH-1"}>
                    {THORACIC_TECHNIQUES.map((tech) => <option key={tech} value={tech}>{tech} — {getRecommendation(tech)?.title[lang]}</option>)}
                  </select>
                </div>
                <div className="field"><label htmlFor={`${idp}-date`}>{t("signOff.date")}</label><input id={`${idp}-date`} name="practisedOn" type="date" required max={today} defaultValue={today} /></div>
                <div className="field"><label htmlFor={`${idp}-note`}>{t("signOff.note")}</label><input id={`${idp}-note`} name="note" maxLength={500} /></div>
                <button type="submit" className="button">{t("signOff.submit")}</button>
              </form>

              <div className="stack">
                <h4>{t("cohort.authorisation")}</h4>
                {auth ? (
                  <p data-testid="participant-authorised"><span className="badge ok">{t("cohort.authorised")}</span> {t("cohort.validUntil", { date: format.dateTime(auth.validUntil, { dateStyle: "long" }) })}</p>
                ) : (
                  <p className="muted">{t("cohort.notAuthorised")}</p>
                )}
                {auth && !live && (
                  <form action={issueCertificateAction} className="row">
                    <input type="hidden" name="back" value={backPath} />
                    <input type="hidden" name="authorisationId" value={auth.id} />
                    <div className="field">
                      <label htmlFor={`${idp}-lang`}>{t("cohort.certificateLanguage")}</label>
                      <select id={`${idp}-lang`} name="lang" defaultValue={lang}><option value="nl">Nederlands</option><option value="en">English</option></select>
                    </div>
                    <button type="submit" className="button">{t("cohort.issue")}</button>
                  </form>
                )}
                {certs.map((c) => {
                  const state = certificateState(c, now);
                  return (
                    <div key={c.id} className="stack" data-testid={`certificate-${c.number}`}>
                      <p>
                        {t("cohort.certificate", { number: c.number })} <span className={state === "valid" ? "badge ok" : "badge danger"}>{t(`state.${state}`)}</span>{" "}
                        <a href={`/verify/${c.id}?lang=${lang}`}>{t("cohort.verifyPage")}</a>
                      </p>
                      {!c.revokedAt && (
                        <form action={revokeCertificateAction} className="row">
                          <input type="hidden" name="back" value={backPath} />
                          <input type="hidden" name="certificateId" value={c.id} />
                          <div className="field"><label htmlFor={`r-${c.id}`}>{t("cohort.revokeReason")}</label><input id={`r-${c.id}`} name="reason" required minLength={3} maxLength={500} /></div>
                          <button type="submit" className="button danger">{t("cohort.revoke")}</button>
                        </form>
                      )}
                    </div>
                  );
                })}
              </div>
            </article>
          );
        })}
      </section>
    </div>
  );
}
