import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { currentUser } from "@/server/guards";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth.signUp" });
  return { title: t("title") };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await currentUser()) redirect({ href: "/dashboard", locale });
  const t = await getTranslations("auth.signUp");
  return (
    <div className="narrow stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <SignUpForm />
      <p>
        {t("haveAccount")} <Link href="/sign-in">{t("signInInstead")}</Link>
      </p>
    </div>
  );
}
