import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "provider" });
  return { title: t("title") };
}

export default async function ProviderHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser("provider");
  const t = await getTranslations("provider");
  const tc = await getTranslations("courses");
  const org = user.organisationId ? await getDb().organisation.findUnique({ where: { id: user.organisationId } }) : null;
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <nav className="card" aria-labelledby="links-title">
        <h2 id="links-title">{t("links.title")}</h2>
        <ul>
          <li><Link href="/provider/statistics">{t("links.statistics")}</Link></li>
        </ul>
      </nav>
      <section className="card" aria-labelledby="org-title">
        <h2 id="org-title">{t("organisation.title")}</h2>
        {org ? (
          <dl>
            <dt>{t("organisation.name")}</dt>
            <dd>{org.name}</dd>
            <dt>{t("organisation.accreditation")}</dt>
            <dd>
              {org.accreditationNumber ?? "—"}{" "}
              <span className={org.accredited ? "badge ok" : "badge warn"}>{org.accredited ? t("organisation.accredited") : t("organisation.notAccredited")}</span>
            </dd>
          </dl>
        ) : (
          <p>{t("organisation.none")}</p>
        )}
      </section>
      <p>
        <Link href="/provider/courses" className="button">{tc("manage")}</Link>
      </p>
    </div>
  );
}
