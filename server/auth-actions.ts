"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { signUp } from "@/lib/accounts";
import { getDb } from "@/lib/db";

export type FormState = {
  /** message key under "auth." */
  error?: string;
  /** for the throttling message */
  retryAfterMinutes?: number;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: { name?: string; email?: string };
};

const localeSchema = z.enum(["nl", "en"]).catch("nl");
/** Only same-site paths inside the app, so a crafted link cannot send users elsewhere after sign-in. */
const nextSchema = z
  .string()
  .regex(/^\/(nl|en)(\/[\w\-/]*)?$/)
  .catch("");

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = localeSchema.parse(form.get("locale"));
  const email = String(form.get("email") ?? "");
  const next = nextSchema.parse(form.get("next") ?? "") || `/${locale}/dashboard`;
  try {
    await signIn("credentials", { email, password: String(form.get("password") ?? ""), redirectTo: next });
  } catch (err) {
    if (err instanceof CredentialsSignin) {
      const code = err.code ?? "";
      if (code.startsWith("throttled:")) {
        const seconds = Number(code.split(":")[1]) || 900;
        return { error: "signIn.throttled", retryAfterMinutes: Math.ceil(seconds / 60), values: { email } };
      }
      return { error: "signIn.invalid", values: { email } };
    }
    if (err instanceof AuthError) return { error: "signIn.failed", values: { email } };
    throw err; // the redirect after a successful sign-in is thrown too
  }
  return {};
}

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = localeSchema.parse(form.get("locale"));
  const input = { name: form.get("name"), email: form.get("email"), password: form.get("password"), locale };
  const values = { name: String(input.name ?? ""), email: String(input.email ?? "") };
  if (form.get("password") !== form.get("passwordConfirm")) {
    return { fieldErrors: { passwordConfirm: ["password.mismatch"] }, values };
  }
  const result = await signUp(getDb(), input);
  if (!result.ok) return { fieldErrors: result.fieldErrors, values };
  await signIn("credentials", { email: result.user.email, password: String(input.password), redirectTo: `/${locale}/dashboard` });
  return {};
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = localeSchema.parse(form.get("locale"));
  await signOut({ redirectTo: `/${locale}` });
}
