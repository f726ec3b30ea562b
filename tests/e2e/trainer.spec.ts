import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

/** Mean and variance of the pixels of a PNG, computed in the page (no image library in node needed). */
async function pixelStats(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let sum = 0;
    let sq = 0;
    const n = data.length / 4;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const l = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      sum += l;
      sq += l * l;
      if (i % 64 === 0) colours.add((data[i]! >> 3) * 1024 + (data[i + 1]! >> 3) * 32 + (data[i + 2]! >> 3));
    }
    const mean = sum / n;
    return { mean, variance: sq / n - mean * mean, colours: colours.size };
  }, png.toString("base64"));
}

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Keyboard only: focus a field and type into it (no mouse events anywhere). */
async function typeInto(page: Page, label: string | RegExp, value: string) {
  const field = page.getByLabel(label, { exact: typeof label === "string" });
  await field.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(value);
}

test.describe("3D trainer", () => {
  test("places and inserts a needle by keyboard only and shows the verdict", async ({ page }) => {
    await page.goto("/en/trainer/multifidus-t6-paravertebral");
    await expect(page.locator("canvas")).toBeVisible({ timeout: 30_000 });

    // entry: T6 left, 12 mm lateral — level and side are preset from the case; set them anyway by keys
    const level = page.getByLabel("Level (spinous process)");
    await level.focus();
    await page.keyboard.type("T6");
    await expect(level).toHaveValue("T6");
    await typeInto(page, "Lateral of midline (mm)", "12");
    await page.getByRole("button", { name: "Place needle here" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("readouts")).toContainText("The needle rests on the skin");

    // technique and direction
    const technique = page.getByLabel("Technique");
    await technique.focus();
    await page.keyboard.type("Deep");
    await expect(technique).toHaveValue("paravertebral-deep");
    await page.getByRole("radio", { name: "Relative to the skin" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "Anatomical" })).toBeChecked();
    await typeInto(page, "ventral", "0.9");
    await typeInto(page, "medial", "0.2");
    await typeInto(page, "caudal", "0.4");

    // insert with the keys: Shift+I = 5 mm, I = 1 mm
    await page.getByTestId("viewer").focus();
    await press(page, "Shift+I", 7);
    await expect(page.getByTestId("readout-depth")).toHaveText("35.0 mm");
    await expect(page.getByTestId("verdict")).toContainText("Safe");
    await expect(page.getByTestId("scenario-outcome")).toHaveText("Scenario goal reached");
    // withdraw one millimetre and the read-out follows; the live region announces it (throttled)
    await page.keyboard.press("o");
    await expect(page.getByTestId("readout-depth")).toHaveText("34.0 mm");
    await expect(page.getByTestId("announcer")).toContainText("Depth 34 mm", { timeout: 5000 });

    // now go far lateral between two ribs, straight ventral, the whole needle in: the pleura is reached
    await typeInto(page, "Lateral of midline (mm)", "55");
    await typeInto(page, "Cranial (+) / caudal (−) shift (mm)", "10");
    await typeInto(page, "ventral", "1");
    await typeInto(page, "medial", "0");
    await typeInto(page, "caudal", "0");
    const length = page.getByLabel("Needle length");
    await length.focus();
    await page.keyboard.type("50");
    await expect(length).toHaveValue("50");
    await page.getByTestId("depth-slider").focus();
    await page.keyboard.press("End");
    await expect(page.getByTestId("readout-depth")).toHaveText("50.0 mm");
    await expect(page.getByTestId("verdict")).toContainText("Unsafe");
    await expect(page.getByTestId("violations").getByRole("link").first()).toHaveAttribute("href", /\/en\/recommendations\/[A-Z]+-\d+/);
  });

  test("the 3D canvas renders the thorax (not blank) and looks right", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto("/en/trainer/rhomboid-major-with-towel");
    const canvas = page.locator("canvas");
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    await page.getByRole("button", { name: "Show a model solution" }).press("Enter");
    await expect(page.getByTestId("verdict")).toBeVisible();
    await page.waitForTimeout(1500);
    const png = await canvas.screenshot({ path: testInfo.outputPath("trainer-canvas.png") });
    const stats = await pixelStats(page, png);
    expect(stats.variance).toBeGreaterThan(200);
    expect(stats.colours).toBeGreaterThan(50);
    await page.screenshot({ path: testInfo.outputPath("trainer-page.png"), fullPage: true });
  });

  test("trainer pages have no axe violations", async ({ page }) => {
    for (const url of ["/en/trainer", "/nl/trainer/multifidus-t6-paravertebral"]) {
      await page.goto(url);
      if (url.includes("multifidus")) await expect(page.locator("canvas")).toBeVisible({ timeout: 30_000 });
      const results = await new AxeBuilder({ page }).exclude("canvas").analyze();
      expect(results.violations.map((v) => `${url}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });

  test("practical: answers are saved, graded on the server, and a second submit gets 409", async ({ page }) => {
    await signIn(page, DEMO.participant, undefined, "en");
    // bad input gets 4xx JSON, never a 500
    const bad = await page.request.post("/api/v1/practicals", { data: "not json", headers: { "content-type": "text/plain" } });
    expect(bad.status()).toBe(415);
    const wrongId = await page.request.post("/api/v1/practicals", { data: { assessmentId: "practical:other" } });
    expect(wrongId.status()).toBe(400);
    expect((await wrongId.json()).error).toBe("invalid_request");

    await page.goto("/en/trainer/practical");
    await page.getByTestId("start-practical").press("Enter");
    await expect(page).toHaveURL(/\/en\/trainer\/practical\/[a-z0-9]+$/);
    const attemptId = page.url().split("/").pop()!;
    await expect(page.locator("canvas")).toBeVisible({ timeout: 30_000 });
    // no verdict is shown during the assessment
    await expect(page.getByTestId("verdict")).toHaveCount(0);

    const invalid = await page.request.put(`/api/v1/practicals/${attemptId}/responses/practical-multifidus-t4`, { data: { action: "needle" } });
    expect(invalid.status()).toBe(400);
    const unknown = await page.request.put(`/api/v1/practicals/${attemptId}/responses/nope`, { data: { action: "decline", reason: "other" } });
    expect(unknown.status()).toBe(404);

    // case 1 through the UI: decline (a wrong decision for a needle case, but a valid answer)
    await page.getByText("Not needling?", { exact: true }).press("Enter");
    await page.getByRole("button", { name: "Decline to needle" }).press("Enter");
    await page.getByTestId("save-answer").press("Enter");
    await expect(page.getByText("Answer saved", { exact: true })).toBeVisible();

    await page.getByTestId("submit-practical").press("Enter");
    await page.getByTestId("confirm-submit").press("Enter");
    await expect(page.getByTestId("practical-result")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("practical-result")).toContainText("Not passed");

    const again = await page.request.post(`/api/v1/practicals/${attemptId}/submit`, { data: {} });
    expect(again.status()).toBe(409);
    const view = await page.request.get(`/api/v1/practicals/${attemptId}`);
    const body = await view.json();
    expect(body.attempt.status).toBe("graded");
    expect(body.attempt.result.passed).toBe(false);
  });

  test("the API refuses visitors who are not signed in", async ({ request }) => {
    const res = await request.post("/api/v1/practicals", { data: {} });
    expect(res.status()).toBe(401);
  });
});
