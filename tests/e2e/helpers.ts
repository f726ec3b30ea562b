import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Naaldwijzer-demo-2026";
export const DEMO = {
  participant: "deelnemer@naaldwijzer.test",
  provider: "docent@naaldwijzer.test",
  admin: "admin@naaldwijzer.test",
} as const;

/** A unique address per test run, so tests never depend on each other's accounts. */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale: "nl" | "en" = "nl") {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "nl" ? "E-mailadres" : "Email address").fill(email);
  await page.getByLabel(locale === "nl" ? "Wachtwoord" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: locale === "nl" ? "Inloggen" : "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));
}

export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto("/nl/sign-up");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account maken" }).click();
}
