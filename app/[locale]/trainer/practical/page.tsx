import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db";
import { PASS_PERCENT, TIME_LIMIT_MINUTES } from "@/lib/practical/scoring";
import { listPracticals, practicalScenarios } from "@/lib/practical/service";
import { requireUser } from "@/server/guards";
import { StartPractical } from "@/components/trainer/StartPractical";
import { TableScroll } from "@/components/layout/TableScroll";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "trainer" });
  return { title: t("practical.title") };
}

export default async function PracticalPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser("participant");
  const t = await getTranslations("trainer");
  const format = await getFormatter();
  const attempts = await listPracticals(getDb(), user.id);
  const open = attempts.find((a) => a.status === "started" && (!a.deadlineAt || new Date(a.deadlineAt) > new Date()));
  return (
    <div className="container stack">
      <p><Link href="/trainer">← {t("scenario.back")}</Link></p>
      <h1>{t("practical.title")}</h1>
      <section className="card stack" aria-labelledby="rules-h">
        <h2 id="rules-h" className="sr-only">{t("practical.title")}</h2>
        <p>{t("practical.intro", { count: practicalScenarios().length })}</p>
        <p><strong>{t("practical.passRule", { percent: PASS_PERCENT })}</strong></p>
        <p className="muted">{t("practical.scoring")}</p>
        <p className="muted">{t("practical.timeLimit", { minutes: TIME_LIMIT_MINUTES })}</p>
        <StartPractical resume={!!open} />
      </section>
      <section aria-labelledby="attempts-h">
        <h2 id="attempts-h">{t("practical.attempts")}</h2>
        {attempts.length === 0 ? (
          <p className="muted">{t("practical.none")}</p>
        ) : (
          <TableScroll label={t("practical.attempts")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("practical.result.case")}</th>
                <th scope="col">Status</th>
                <th scope="col">{t("practical.result.title")}</th>
                <th scope="col"><span className="sr-only">{t("practical.view")}</span></th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <td>{format.dateTime(new Date(a.startedAt), { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>{t(`practical.status.${a.status as "started"}`)}</td>
                  <td>{a.status === "graded" ? `${a.percent} % · ${a.passed ? t("practical.passed") : t("practical.failed")}` : "—"}</td>
                  <td><Link href={`/trainer/practical/${a.id}`}>{t("practical.view")}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
