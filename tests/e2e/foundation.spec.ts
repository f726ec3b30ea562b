import { expect, test } from "@playwright/test";
import { DEMO, signIn, signUp, uniqueEmail } from "./helpers";

test("a new user signs up, lands on the Dutch dashboard, switches to English, signs out and in again", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  const password = "Veilig-naaldje-42";
  await page.goto("/");
  await expect(page).toHaveURL(/\/nl$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Veilig dry needling");

  // A weak password is refused with a clear message and the typed values are kept.
  await signUp(page, { name: "Nieuwe Collega", email, password: "kort" });
  await expect(page.locator("#password-error")).toContainText("minstens 10 tekens");
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);

  await signUp(page, { name: "Nieuwe Collega", email, password });
  await expect(page).toHaveURL(/\/nl\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom, Nieuwe Collega");
  await expect(page.getByTestId("learning-empty")).toBeVisible();

  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Nieuwe Collega");

  await page.getByText("Account", { exact: true }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await signIn(page, email, password, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Nieuwe Collega");
});

test("a participant is refused the provider area: 403 page and 403 JSON", async ({ page }) => {
  await signIn(page, DEMO.participant);
  const pageResponse = await page.goto("/nl/provider");
  expect(pageResponse?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  const api = await page.request.get("/api/v1/provider/organisation");
  expect(api.status()).toBe(403);
  expect(await api.json()).toMatchObject({ error: "forbidden" });
});

test("a provider reaches the provider area and its API", async ({ page }) => {
  await signIn(page, DEMO.provider);
  const response = await page.goto("/nl/provider");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("KRF-DEMO-0001")).toBeVisible();
  const api = await page.request.get("/api/v1/provider/organisation");
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ accreditationNumber: "KRF-DEMO-0001", accredited: true });
});

test("signed-out visitors are sent to sign in; the API answers 401", async ({ page }) => {
  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/sign-in/);
  const api = await page.request.get("/api/v1/me");
  expect(api.status()).toBe(401);
});

test("sign-in is throttled after five failures for one account", async ({ page }) => {
  const email = uniqueEmail("throttle");
  await signUp(page, { name: "Throttle Test", email, password: "Correct-horse-77" });
  await expect(page).toHaveURL(/\/nl\/dashboard$/);
  await page.context().clearCookies();
  for (let i = 0; i < 5; i++) {
    await page.goto("/nl/sign-in");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByTestId("sign-in-error")).toContainText("horen niet bij elkaar");
  }
  // Even the right password is refused now, with a message that says how long to wait.
  await page.goto("/nl/sign-in");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("Correct-horse-77");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByTestId("sign-in-error")).toContainText("Te veel mislukte pogingen");
  await expect(page.getByTestId("sign-in-error")).toContainText("15 minuten");
});

test("health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});
