import { getTranslations } from "next-intl/server";

/** The outcome of a form post (?ok=… / ?error=… on the page URL), announced to screen readers. */
export async function Notice({ ok, error, values }: { ok?: string; error?: string; values?: Record<string, string> }) {
  const t = await getTranslations("certificates.notice");
  if (error) {
    const key = t.has(`error.${error}`) ? `error.${error}` : "error.unknown";
    return <p className="alert error" role="alert">{t(key as "error.unknown")}</p>;
  }
  if (ok) {
    const key = t.has(`ok.${ok}`) ? `ok.${ok}` : "ok.saved";
    return <p className="alert ok" role="status">{t(key as "ok.saved", values ?? {})}</p>;
  }
  return null;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export function param(sp: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = sp[name];
  return typeof v === "string" ? v : undefined;
}
