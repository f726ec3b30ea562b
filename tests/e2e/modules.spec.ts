import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { MODULE_SLUGS } from "../../lib/modules/schema";
import { signUp, uniqueEmail } from "./helpers";

const LOCALES = ["nl", "en"] as const;

async function seriousAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

for (const locale of LOCALES) {
  test(`every module opens in ${locale === "nl" ? "Dutch" : "English"}, with linked badges, no broken diagram and no serious axe violations`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const slug of MODULE_SLUGS) {
      const response = await page.goto(`/${locale}/modules/${slug}`);
      expect(response?.status(), slug).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const sections = page.locator("section[data-section]");
      expect(await sections.count(), `${slug} sections`).toBeGreaterThan(2);
      // Each section shows at least one recommendation badge linking to its registry page.
      const firstBadge = sections.first().locator("a[data-rec]").first();
      await expect(firstBadge).toHaveAttribute("href", new RegExp(`^/${locale}/recommendations/[A-Z]+-\\d+$`));
      await expect(page.locator("[data-diagram-error]"), `${slug}: unknown diagram`).toHaveCount(0);
      await expect(page.getByRole("heading", { name: locale === "nl" ? "Literatuur" : "References" })).toBeVisible();
      expect(await seriousAxeViolations(page), `${locale}/${slug}`).toEqual([]);
    }
  });
}

test("the event classifier is completed with the keyboard only", async ({ page }) => {
  await page.goto("/en/modules/m1-dry-needling-and-risks");
  const exercise = page.locator('[data-exercise="event-classifier"]');
  await expect(exercise).toBeVisible();
  // Start from the case navigation; from here on only keys are used.
  await exercise.getByRole("button", { name: "Next case" }).focus();
  await page.keyboard.press("Enter"); // case 2: a visible vein hit in a hospital department
  await expect(exercise.getByTestId("case-counter")).toHaveText("Case 2 of 10");
  await expect(exercise.getByTestId("case-story")).toContainText("hospital");
  await page.keyboard.press("Tab"); // into the classification group
  await page.keyboard.press("ArrowDown"); // complication → incident (arrow keys move and select within a radio group)
  await expect(exercise.getByRole("radio", { name: "Incident" })).toBeChecked();
  await page.keyboard.press("Tab"); // IGJ group
  await page.keyboard.press("Space"); // "No report needed"
  await expect(exercise.getByRole("radio", { name: "No report needed" })).toBeChecked();
  await page.keyboard.press("Tab"); // VIM group
  await page.keyboard.press("Space"); // "Yes"
  await page.keyboard.press("Tab"); // "Check my answer"
  await expect(exercise.getByRole("button", { name: "Check my answer" })).toBeFocused();
  await page.keyboard.press("Enter");
  const feedback = exercise.getByTestId("exercise-feedback");
  await expect(feedback).toContainText("Correct.");
  await expect(feedback).toContainText("VIM: Yes");

  // A wrong answer names the part that is wrong.
  await page.keyboard.press("Shift+Tab"); // back to the VIM group
  await page.keyboard.press("ArrowDown"); // Yes → No
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(feedback).toContainText("The VIM answer is not right.");
});

test("the consent-note exercise names what the note is missing", async ({ page }) => {
  await page.goto("/nl/modules/m2-informed-consent");
  const exercise = page.locator('[data-exercise="consent-note"]').first();
  await exercise.getByLabel("Jouw notitie voor het dossier").fill("12-3-2026. Risico's uitgelegd en spierpijn besproken. Patiënt geeft toestemming.");
  await exercise.getByRole("button", { name: "Controleer mijn antwoord" }).click();
  const feedback = exercise.getByTestId("exercise-feedback");
  await expect(feedback).toContainText("4 van 8 onderdelen aanwezig");
  await expect(feedback).toContainText("Alternatieven");
  await expect(feedback).toContainText("Begrip gecontroleerd");
});

test("a participant's section progress survives a reload and shows on the dashboard", async ({ page }) => {
  await signUp(page, { name: "Voortgang Test", email: uniqueEmail("progress"), password: "Voortgang-test-2026" });
  await expect(page).toHaveURL(/\/nl\/dashboard$/);
  await expect(page.getByTestId("continue-link")).toHaveAttribute("href", /^\/nl\/modules\/m1-dry-needling-and-risks#m1-/);

  await page.goto("/nl/modules/m2-informed-consent");
  const first = page.locator("section[data-section]").first();
  const sectionId = await first.getAttribute("data-section");
  const button = page.getByTestId(`done-${sectionId}`);
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("module-progress")).toContainText("Jouw voortgang: 1 van");

  await page.reload();
  await expect(page.getByTestId(`done-${sectionId}`)).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("module-progress")).toContainText("Jouw voortgang: 1 van");

  await page.goto("/nl/dashboard");
  await expect(page.getByTestId("module-progress-panel")).toBeVisible();
  await expect(page.getByTestId("dash-count-m2-informed-consent")).toHaveText(/^1\/\d+$/);
  // Continue goes to the section after the one just completed.
  await expect(page.getByTestId("continue-link")).toHaveAttribute("href", /\/nl\/modules\/m2-informed-consent#m2-/);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test("the progress API validates its input and needs a signed-in user", async ({ page }) => {
  const anonymous = await page.request.post("/api/v1/progress", { data: { moduleSlug: "m2-informed-consent", sectionId: "m2-screening" } });
  expect(anonymous.status()).toBe(401);
  await signUp(page, { name: "Api Test", email: uniqueEmail("api"), password: "Voortgang-test-2026" });
  await expect(page).toHaveURL(/\/nl\/dashboard$/);
  const bad = await page.request.post("/api/v1/progress", { data: { moduleSlug: 12 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe("invalid_request");
  const notJson = await page.request.post("/api/v1/progress", { data: "nope", headers: { "content-type": "application/json" } });
  expect(notJson.status()).toBe(400);
  const unknown = await page.request.post("/api/v1/progress", { data: { moduleSlug: "m2-informed-consent", sectionId: "m2-does-not-exist" } });
  expect(unknown.status()).toBe(404);
  const ok = await page.request.post("/api/v1/progress", { data: { moduleSlug: "m2-informed-consent", sectionId: "m2-screening" } });
  expect(ok.status()).toBe(200);
  const list = await (await page.request.get("/api/v1/progress")).json();
  expect(list.rows).toHaveLength(1);
});

test("search finds sections in both languages and links to them; registry pages list where each ID is taught", async ({ page }) => {
  await page.goto("/nl/search?q=pneumothorax");
  const results = page.getByTestId("search-results").getByRole("link");
  expect(await results.count()).toBeGreaterThan(2);
  await expect(results.first()).toHaveAttribute("href", /^\/nl\/modules\/m\d-[a-z-]+#m\d-/);
  // An English word on the Dutch page still finds the Dutch section.
  await page.goto("/nl/search?q=collapsed+lung");
  expect(await page.getByTestId("search-results").getByRole("link").count()).toBeGreaterThan(0);

  await page.goto("/en/recommendations");
  await expect(page.getByRole("link", { name: "PNX-7" })).toBeVisible();
  await page.getByRole("link", { name: "PNX-7" }).click();
  await expect(page).toHaveURL(/\/en\/recommendations\/PNX-7$/);
  const taught = page.getByTestId("taught-list").getByRole("link");
  expect(await taught.count()).toBeGreaterThan(0);
  await taught.first().click();
  await expect(page).toHaveURL(/\/en\/modules\/m\d-[a-z-]+#m\d-/);
  expect(await seriousAxeViolations(page)).toEqual([]);

  expect((await page.goto("/nl/modules/m9-does-not-exist"))?.status()).toBe(404);
  expect((await page.goto("/en/recommendations/XYZ-1"))?.status()).toBe(404);
});
