import { getFormatter, getTranslations } from "next-intl/server";
import type { Portfolio } from "@/lib/portfolio/build";

export async function PortfolioTable({ portfolio }: { portfolio: Portfolio }) {
  const t = await getTranslations("portfolio");
  const tCommon = await getTranslations("common");
  const format = await getFormatter();
  if (portfolio.rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={tCommon("tableRegion", { name: t("title") })} tabIndex={0}>
      <table data-testid="portfolio-table">
        <caption className="sr-only">{t("caption", { name: portfolio.holder })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("col.date")}</th>
            <th scope="col">{t("col.kind")}</th>
            <th scope="col">{t("col.title")}</th>
            <th scope="col">{t("col.provider")}</th>
            <th scope="col">{t("col.points")}</th>
            <th scope="col">{t("col.hours")}</th>
          </tr>
        </thead>
        <tbody>
          {portfolio.rows.map((r, i) => (
            <tr key={i}>
              <td>{format.dateTime(r.date, { dateStyle: "medium" })}</td>
              <td>{t(`kind.${r.kind}`)}</td>
              <td>
                {r.title}
                {r.reference && <span className="small muted"> · {r.reference}{r.state && ` (${t(`state.${r.state}`)})`}</span>}
              </td>
              <td>{r.provider}</td>
              <td>{r.points}</td>
              <td>{r.hours}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>{t("total")}</th>
            <td data-testid="portfolio-points">{portfolio.totals.points}</td>
            <td>{portfolio.totals.hours}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
