import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CHAPTERS } from "@/lib/recommendations/registry";
import { traceAll } from "@/lib/traceability";
import { TableScroll } from "@/components/layout/TableScroll";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "modules.recs" });
  return { title: t("title") };
}

export default async function RecommendationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: rawLocale } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "nl";
  const t = await getTranslations("modules.recs");
  const all = traceAll();
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p className="lead muted" style={{ maxWidth: "48rem" }}>{t("lead")}</p>
      {CHAPTERS.map((chapter) => (
        <section key={chapter} aria-labelledby={`chapter-${chapter}`}>
          <h2 id={`chapter-${chapter}`}>
            {chapter} — {t(`chapter.${chapter}`)}
          </h2>
          <TableScroll label={`${chapter} — ${t(`chapter.${chapter}`)}`}>
          <table>
            <tbody>
              {all
                .filter((x) => x.rec.chapter === chapter)
                .map(({ rec, trace }) => (
                  <tr key={rec.id} data-rec-row={rec.id}>
                    <th scope="row" style={{ width: "7rem" }}>
                      <Link href={`/recommendations/${rec.id}`} className="badge">{rec.id}</Link>
                    </th>
                    <td>
                      <Link href={`/recommendations/${rec.id}`}>{rec.title[locale]}</Link>
                    </td>
                    <td className="small" style={{ width: "13rem" }}>
                      {trace.taught.entries.length === 0 ? <span className="badge danger">{t("taughtCount", { count: 0 })}</span> : t("taughtCount", { count: trace.taught.entries.length })}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          </TableScroll>
        </section>
      ))}
    </div>
  );
}
