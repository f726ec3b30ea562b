import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/server/guards";
import { canAccess } from "@/lib/auth/roles";
import { Logo } from "./Logo";
import { LanguageSwitch } from "./LanguageSwitch";
import { signOutAction } from "@/server/auth-actions";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const tm = await getTranslations({ locale, namespace: "modules.nav" });
  const user = await currentUser();
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          <Logo />
          <span>{t("appName")}</span>
        </Link>
        <nav className="site-nav" aria-label={t("nav.main")}>
          {user && <Link href="/dashboard">{t("nav.dashboard")}</Link>}
          <Link href="/modules">{tm("modules")}</Link>
          {user && <Link href="/exam">{t("nav.exam")}</Link>}
          <Link href="/trainer">{t("nav.trainer")}</Link>
          <Link href="/recommendations">{tm("recommendations")}</Link>
          <Link href="/glossary">{tm("glossary")}</Link>
          <Link href="/search">{tm("search")}</Link>
          {user && canAccess(user.role, "provider") && <Link href="/provider">{t("nav.provider")}</Link>}
          {user && canAccess(user.role, "admin") && <Link href="/admin">{t("nav.admin")}</Link>}
        </nav>
        <div className="header-actions">
        <Suspense>
          <LanguageSwitch label={t("language.switchTo")} ariaLabel={t("language.switchToLabel")} />
        </Suspense>
        {user ? (
          <details className="account-menu">
            <summary>{t("account.menu")}</summary>
            <div className="menu">
              <p>
                {t("account.signedInAs", { name: user.name })}
                <br />
                <span className="badge">{t(`account.role.${user.role}`)}</span>
              </p>
              <Link href="/certificates">{t("account.certificates")}</Link>
              <Link href="/portfolio">{t("account.portfolio")}</Link>
              <Link href="/account">{t("account.myData")}</Link>
              <form action={signOutAction}>
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="linklike">{t("account.signOut")}</button>
              </form>
            </div>
          </details>
        ) : (
          <div className="row">
            <Link href="/sign-in" className="button secondary">{t("account.signIn")}</Link>
            <Link href="/sign-up" className="button">{t("account.signUp")}</Link>
          </div>
        )}
        </div>
      </div>
    </header>
  );
}
