"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signUpAction, type FormState } from "@/server/auth-actions";

const FIELDS = [
  { name: "name", type: "text", autoComplete: "name" },
  { name: "email", type: "email", autoComplete: "email" },
  { name: "password", type: "password", autoComplete: "new-password", hint: true },
  { name: "passwordConfirm", type: "password", autoComplete: "new-password" },
] as const;

export function SignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  const message = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}` as "errors.generic") : t("errors.generic"));
  return (
    <form action={action} noValidate className="card">
      <input type="hidden" name="locale" value={locale} />
      {FIELDS.map((f) => {
        const errors = state.fieldErrors?.[f.name];
        const describedBy = [errors ? `${f.name}-error` : null, "hint" in f ? `${f.name}-hint` : null].filter(Boolean).join(" ") || undefined;
        return (
          <div className="field" key={f.name}>
            <label htmlFor={f.name}>{t(`signUp.${f.name}`)}</label>
            <input
              id={f.name}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              required
              aria-invalid={errors ? true : undefined}
              aria-describedby={describedBy}
              defaultValue={f.name === "name" || f.name === "email" ? state.values?.[f.name] : undefined}
            />
            {"hint" in f && <p className="hint" id={`${f.name}-hint`}>{t("signUp.passwordHint")}</p>}
            {errors && (
              <p className="error" id={`${f.name}-error`} role="alert">
                {errors.map(message).join(" ")}
              </p>
            )}
          </div>
        );
      })}
      <button className="button" type="submit" disabled={pending}>{t("signUp.submit")}</button>
    </form>
  );
}
