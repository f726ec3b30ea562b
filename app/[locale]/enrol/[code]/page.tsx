import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Notice, param, type SearchParams } from "@/components/credentials/Notice";
import { getDb } from "@/lib/db";
import { inviteCodeSchema } from "@/lib/providers/service";
import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/server/guards";
import { enrolAction } from "@/server/credentials-actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses" });
  return { title: t("enrol.title") };
}

/** The invitation link: shows the course and asks the signed-in participant to confirm (a GET never enrols). */
export default async function EnrolLinkPage({ params, searchParams }: { params: Promise<{ locale: string; code: string }>; searchParams: SearchParams }) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  // an invitation is often opened before signing in: come back here afterwards
  if (!(await currentUser())) {
    return redirect({ href: `/sign-in?next=${encodeURIComponent(`/${locale}/enrol/${code}`)}`, locale });
  }
  const sp = await searchParams;
  const t = await getTranslations("courses");
  const format = await getFormatter();
  const parsed = inviteCodeSchema.safeParse(code);
  const cohort = parsed.success
    ? await getDb().cohort.findUnique({ where: { inviteCode: parsed.data }, include: { course: { include: { organisation: { select: { name: true, accredited: true } } } } } })
    : null;
  if (!cohort) {
    return (
      <div className="narrow stack">
        <h1>{t("enrol.title")}</h1>
        <p className="alert error" role="alert">{t("enrol.unknown")}</p>
      </div>
    );
  }
  return (
    <div className="narrow stack">
      <h1>{t("enrol.join", { course: cohort.course.title })}</h1>
      <Notice error={param(sp, "error")} />
      <dl className="card">
        <dt>{t("enrol.provider")}</dt>
        <dd>{cohort.course.organisation.name} {cohort.course.organisation.accredited && <span className="badge ok">{t("accreditation.accredited")}</span>}</dd>
        <dt>{t("cohorts.name")}</dt>
        <dd>{cohort.name}</dd>
        <dt>{t("enrol.dates")}</dt>
        <dd>{format.dateTimeRange(cohort.startsOn, cohort.endsOn, { dateStyle: "long" })}</dd>
        <dt>{t("course.points")}</dt>
        <dd>{cohort.course.accreditationPoints}</dd>
      </dl>
      <form action={enrolAction}>
        <input type="hidden" name="back" value={`/${locale}/enrol/${cohort.inviteCode}`} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="via" value="link" />
        <input type="hidden" name="code" value={cohort.inviteCode} />
        <button type="submit" className="button">{t("enrol.confirm")}</button>
      </form>
    </div>
  );
}
