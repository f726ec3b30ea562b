"use client";
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";

/** Links to the same page in the other language (keeps the query string). */
export function LanguageSwitch({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = locale === "nl" ? "en" : "nl";
  return (
    <Link href={search ? `${pathname}?${search}` : pathname} locale={other} hrefLang={other} lang={other} aria-label={ariaLabel} className="button secondary" data-testid="language-switch">
      {label}
    </Link>
  );
}
