import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { assessmentOverview, assessmentStatistics, resolveStatisticsView, StatisticsError, statisticsScopeFor } from "@/lib/attempts/statistics";
import { EXAM_ID, examConfig, DEFAULT_QUIZ_CONFIG, parseAssessmentId, quizId } from "@/lib/exam/config";
import { assessmentShortLabel } from "@/lib/exam/labels";
import { getDb } from "@/lib/db";
import { MODULE_SLUGS } from "@/lib/questions/schema";
import { DistractorBars, ItemChart, ScoreHistogram, num, pct } from "@/components/exam/StatisticsCharts";
import { requireUser } from "@/server/guards";
import { TableScroll } from "@/components/layout/TableScroll";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "exam" });
  return { title: t("stats.title") };
}

export const dynamic = "force-dynamic";

export default async function StatisticsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ a?: string; cohort?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser("provider");
  const t = await getTranslations("exam");
  const tCommon = await getTranslations("common");
  const format = await getFormatter();
  const sp = await searchParams;
  const requested = typeof sp.a === "string" ? sp.a : undefined;
  const assessmentId = requested && parseAssessmentId(requested) ? requested : EXAM_ID;
  const cohortId = typeof sp.cohort === "string" && sp.cohort ? sp.cohort : null;
  const db = getDb();
  const lang = locale === "en" ? "en" : "nl";
  const scope = statisticsScopeFor(user);
  const view = await resolveStatisticsView(db, { scope, cohortId }).catch((err: unknown) => {
    if (err instanceof StatisticsError) notFound();
    throw err;
  });
  const { cohorts } = view;
  const [overview, stats] = await Promise.all([assessmentOverview(db, view), assessmentStatistics(db, assessmentId, lang, view)]);
  const dates = (from: string, to: string) => format.dateTimeRange(new Date(from), new Date(to), { dateStyle: "medium" });
  const query = (a: string, cohort: string | null) => `?a=${encodeURIComponent(a)}${cohort ? `&cohort=${encodeURIComponent(cohort)}` : ""}`;
  const passPercent = assessmentId === EXAM_ID ? examConfig().passPercent : DEFAULT_QUIZ_CONFIG.passPercent;
  const label = (id: string) => assessmentShortLabel(id, t("stats.exam"));
  const choices = [EXAM_ID, ...MODULE_SLUGS.map(quizId)];
  const o = stats.overall;
  return (
    <div className="container stack">
      <h1>{t("stats.title")}</h1>
      <p className="muted">{t("stats.lead")} {scope.kind === "all" ? t("stats.scopeAll") : t("stats.scopeOrganisation")}</p>

      <form method="get" className="row" aria-label={t("stats.assessment")}>
        <label htmlFor="assessment">{t("stats.assessment")}</label>
        <select id="assessment" name="a" defaultValue={assessmentId} style={{ maxWidth: "22rem" }}>
          {choices.map((id) => (
            <option key={id} value={id}>{id === EXAM_ID ? t("stats.exam") : t("stats.quizFor", { module: label(id) })}</option>
          ))}
        </select>
        <label htmlFor="cohort">{t("stats.cohort")}</label>
        <select id="cohort" name="cohort" defaultValue={cohortId ?? ""} style={{ maxWidth: "22rem" }}>
          <option value="">{scope.kind === "all" ? t("stats.allCohortsAdmin") : t("stats.allCohorts")}</option>
          {cohorts.map((c) => (
            <option key={c.id} value={c.id}>{`${c.name} — ${c.courseTitle}`}</option>
          ))}
        </select>
        <button type="submit" className="button secondary">{t("stats.choose")}</button>
      </form>

      <section className="card" aria-labelledby="overview-title">
        <h2 id="overview-title">{t("stats.overview")}</h2>
        <TableScroll label={t("stats.overview")}>
        <table>
          <thead>
            <tr><th scope="col">{t("stats.assessment")}</th><th scope="col">{t("stats.attempts")}</th><th scope="col">{t("stats.passRate")}</th></tr>
          </thead>
          <tbody>
            {overview.map((a) => (
              <tr key={a.assessmentId}>
                <td><a href={query(a.assessmentId, cohortId)}>{a.assessmentId === EXAM_ID ? t("stats.exam") : t("stats.quizFor", { module: label(a.assessmentId) })}</a></td>
                <td>{a.attempts}</td>
                <td>{pct(a.attempts ? a.passed / a.attempts : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      </section>

      <h2>
        {assessmentId === EXAM_ID ? t("stats.exam") : t("stats.quizFor", { module: label(assessmentId) })}
        {stats.cohort && <> — {stats.cohort.name}</>}
      </h2>
      {stats.cohort && (
        <p className="muted" data-testid="stats-cohort">
          {stats.cohort.courseTitle} · {dates(stats.cohort.startsOn, stats.cohort.endsOn)} · {t("stats.enrolledCount", { count: stats.cohort.enrolled })} ·{" "}
          <a href={query(assessmentId, null)}>{scope.kind === "all" ? t("stats.allCohortsAdmin") : t("stats.allCohorts")}</a>
        </p>
      )}
      {o.attempts === 0 ? (
        <p className="alert info" data-testid="stats-empty">{t("stats.none")}</p>
      ) : (
        <>
          <div className="grid">
            <section className="card" aria-labelledby="cohort-title">
              <h3 id="cohort-title">{t("stats.summary")}</h3>
              <dl>
                <dt>{t("stats.attempts")}</dt><dd data-testid="stats-attempts">{o.attempts}</dd>
                <dt>{t("stats.participants")}</dt><dd>{o.participants}</dd>
                <dt>{t("stats.passRate")}</dt><dd>{pct(o.passRate)}</dd>
                <dt>{t("stats.mean")}</dt><dd>{o.meanPercent === null ? "—" : `${o.meanPercent.toFixed(1)} %`}</dd>
                <dt>{t("stats.median")}</dt><dd>{o.medianPercent === null ? "—" : `${o.medianPercent.toFixed(1)} %`}</dd>
              </dl>
            </section>
            <section className="card" aria-labelledby="dist-title">
              <h3 id="dist-title">{t("stats.distribution")}</h3>
              <ScoreHistogram summary={o} title={t("stats.distribution")} desc={t("stats.distributionDesc")} bandLabel={t("stats.band")} countLabel={t("stats.count")} passPercent={passPercent} />
            </section>
          </div>

          <section aria-labelledby="cohorts-title">
            <h3 id="cohorts-title">{t("stats.cohorts")}</h3>
            <TableScroll label={t("stats.cohorts")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("stats.cohort")}</th><th scope="col">{t("stats.period")}</th><th scope="col">{t("stats.enrolled")}</th>
                  <th scope="col">{t("stats.attempts")}</th><th scope="col">{t("stats.participants")}</th>
                  <th scope="col">{t("stats.passRate")}</th><th scope="col">{t("stats.mean")}</th>
                </tr>
              </thead>
              <tbody>
                {stats.cohorts.map((c) => (
                  <tr key={c.cohortId ?? "none"}>
                    <th scope="row">
                      {c.cohortId ? <a href={query(assessmentId, c.cohortId)}>{c.name}</a> : t("stats.noCohort")}
                      {c.courseTitle && <><br /><span className="small muted">{c.courseTitle}</span></>}
                    </th>
                    <td>{c.startsOn && c.endsOn ? dates(c.startsOn, c.endsOn) : "—"}</td>
                    <td>{c.enrolled ?? "—"}</td>
                    <td>{c.summary.attempts}</td><td>{c.summary.participants}</td>
                    <td>{pct(c.summary.passRate)}</td><td>{c.summary.meanPercent === null ? "—" : `${c.summary.meanPercent.toFixed(1)} %`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          </section>

          <section aria-labelledby="items-h">
            <h3 id="items-h">{t("stats.items")}</h3>
            <ItemChart items={stats.items} title={t("stats.itemsChart")} desc={t("stats.itemsChartDesc")} legendFacility={t("stats.legendFacility")} legendDiscrimination={t("stats.legendDiscrimination")} />
            <div className="table-scroll" role="region" aria-label={tCommon("tableRegion", { name: t("stats.items") })} tabIndex={0}>
              <table data-testid="item-table">
                <caption className="sr-only">{t("stats.items")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("stats.item")}</th><th scope="col">{t("stats.n")}</th><th scope="col">{t("stats.facility")}</th>
                    <th scope="col">{t("stats.pointBiserial")}</th><th scope="col">{t("stats.upperLower")}</th>
                    <th scope="col">{t("stats.distractors")}</th><th scope="col">{t("stats.flags")}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.items.map((s) => (
                    <tr key={s.itemId}>
                      <th scope="row">
                        {s.itemId}
                        <br />
                        <span className="small muted">{s.stem}</span>
                      </th>
                      <td>{s.n}</td>
                      <td>{num(s.facility)}</td>
                      <td>{num(s.pointBiserial)}</td>
                      <td>{num(s.upperLower)}</td>
                      <td><DistractorBars stats={s} keyLabel={t("review.key")} /></td>
                      <td>
                        <span style={{ display: "flex", gap: "0.25rem", flexWrap: "wrap" }}>
                          {s.flags.map((f) => <span key={f} className="badge danger">{t(`stats.flag.${f}`)}</span>)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
