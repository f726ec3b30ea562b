import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="site-footer">
      <div className="container stack" style={{ ["--stack-gap" as string]: "0.3rem" }}>
        <p>{t("footer.disclaimer")}</p>
        <p>{t("footer.source")}</p>
      </div>
    </footer>
  );
}
