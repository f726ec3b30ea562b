import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function Forbidden() {
  const t = useTranslations("common.forbidden");
  return (
    <div className="narrow stack" data-testid="forbidden">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p><Link href="/dashboard">{t("back")}</Link></p>
    </div>
  );
}
