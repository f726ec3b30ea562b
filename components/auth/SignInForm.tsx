"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signInAction, type FormState } from "@/server/auth-actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth.signIn");
  const locale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} noValidate className="card">
      {state.error && (
        <div className="alert error" role="alert" data-testid="sign-in-error">
          {state.error === "signIn.throttled" ? t("throttled", { minutes: state.retryAfterMinutes ?? 15 }) : t(state.error.replace("signIn.", "") as "invalid" | "failed")}
        </div>
      )}
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={pending}>{t("submit")}</button>
    </form>
  );
}
