import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PortfolioTable } from "@/components/credentials/PortfolioTable";
import { getDb } from "@/lib/db";
import { loadPortfolio, resolveShare } from "@/lib/portfolio/service";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "portfolio" });
  return { title: t("shared.title"), robots: { index: false } };
}

/** Read-only view of someone's portfolio through a share link (no sign-in; stops at expiry). */
export default async function SharedPortfolioPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("portfolio");
  const format = await getFormatter();
  const db = getDb();
  const share = await resolveShare(db, token);
  if (!share) {
    return (
      <div className="container stack">
        <h1>{t("shared.title")}</h1>
        <p className="alert error" role="alert" data-testid="share-invalid">{t("shared.invalid")}</p>
      </div>
    );
  }
  const portfolio = await loadPortfolio(db, share.userId);
  return (
    <div className="container stack">
      <h1>{t("shared.heading", { name: portfolio.holder })}</h1>
      <p className="muted">{t("shared.expires", { date: format.dateTime(share.expiresAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
      <PortfolioTable portfolio={portfolio} />
    </div>
  );
}
