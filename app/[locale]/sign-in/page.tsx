import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { currentUser } from "@/server/guards";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await currentUser()) redirect({ href: "/dashboard", locale });
  const t = await getTranslations("auth.signIn");
  const { next } = await searchParams;
  return (
    <div className="narrow stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <SignInForm next={typeof next === "string" ? next : undefined} />
      <p>
        {t("noAccount")} <Link href="/sign-up">{t("createOne")}</Link>
      </p>
      {process.env.NODE_ENV !== "production" || process.env.NAALDWIJZER_DEMO === "1" ? (
        <aside className="alert info">
          <strong>{t("demoTitle")}</strong>
          <p className="small" style={{ margin: 0 }}>{t("demoBody")}</p>
        </aside>
      ) : null}
    </div>
  );
}
