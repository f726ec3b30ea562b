import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signUp, uniqueEmail } from "./helpers";

type BankItem = {
  id: string;
  type: string;
  key: unknown;
  explanation: { nl: string; en: string };
  regions?: { id: string; shape: string; cx?: number; cy?: number; x?: number; y?: number; w?: number; h?: number }[];
};
// The test knows the bank (it runs next to the server); the browser must never learn keys or explanations early.
const bankDir = path.join(process.cwd(), "content", "questions");
const BANK = new Map<string, BankItem>(
  fs
    .readdirSync(bankDir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(bankDir, f), "utf8")) as { items: BankItem[] }).items)
    .map((i) => [i.id, i]),
);

/** axe on the page's main content (the shared header and footer are checked by their own tests). */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include("#main").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function press(page: Page, selector: string, key = "Enter") {
  await page.locator(selector).focus();
  await page.keyboard.press(key);
}

/** Answers the visible item with the keyboard only: correctly (from the bank's key) or with whatever comes first. */
async function answerWithKeyboard(page: Page, itemId: string, correctly: boolean) {
  const item = BANK.get(itemId)!;
  const scope = `[data-testid="item-${itemId}"]`;
  switch (item.type) {
    case "single":
      await press(page, correctly ? `${scope} input[value="${item.key as string}"]` : `${scope} input[type=radio] >> nth=0`, "Space");
      break;
    case "truefalse":
      await press(page, correctly ? `${scope} input[value="${String(item.key)}"]` : `${scope} input[type=radio] >> nth=0`, "Space");
      break;
    case "multiple":
      if (correctly) for (const k of item.key as string[]) await press(page, `${scope} input[value="${k}"]`, "Space");
      else await press(page, `${scope} input[type=checkbox] >> nth=0`, "Space");
      break;
    case "numeric": {
      await page.locator(`${scope} input`).focus();
      await page.keyboard.type(correctly ? String((item.key as { value: number }).value) : "12345");
      break;
    }
    case "ordering": {
      if (correctly) {
        const key = item.key as string[];
        for (let target = 0; target < key.length; target++) {
          const texts = await page.locator(`${scope} li button[id$="-up"]`).evaluateAll((els) => els.map((e) => e.id));
          const current = texts.findIndex((id) => id === `${itemId}-${key[target]}-up`);
          for (let n = current; n > target; n--) await press(page, `[id="${itemId}-${key[target]}-up"]`);
        }
      }
      await press(page, `${scope} button:has-text("${await page.evaluate(() => document.documentElement.lang === "nl" ? "Gebruik deze volgorde" : "Use this order")}")`);
      break;
    }
    case "hotspot": {
      await page.locator(`${scope} svg[data-testid^="hotspot-"]`).focus();
      if (correctly) {
        const keyIds = item.key as string[];
        const r = item.regions!.find((x) => keyIds.includes(x.id))!;
        const target = r.shape === "circle" ? { x: r.cx!, y: r.cy! } : { x: r.x! + r.w! / 2, y: r.y! + r.h! / 2 };
        // the marker starts at (200, 250); Shift+arrow moves 25, arrow 5
        for (const [axis, pos, neg] of [["x", "ArrowRight", "ArrowLeft"], ["y", "ArrowDown", "ArrowUp"]] as const) {
          let d = target[axis] - (axis === "x" ? 200 : 250);
          const dir = d >= 0 ? pos : neg;
          d = Math.abs(d);
          for (; d >= 25; d -= 25) await page.keyboard.press(`Shift+${dir}`);
          for (; d >= 2.5; d -= 5) await page.keyboard.press(dir);
        }
      }
      await page.keyboard.press("Enter");
      break;
    }
  }
}

/** Collects every HTML page and JSON body the browser receives while the block runs. */
async function capture(page: Page, run: () => Promise<void>): Promise<string[]> {
  const bodies: string[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (res: import("@playwright/test").Response) => {
    const type = res.headers()["content-type"] ?? "";
    if (/text\/html|application\/json|text\/x-component/.test(type)) pending.push(res.text().then((t) => void bodies.push(t)).catch(() => undefined));
  };
  page.on("response", onResponse);
  await run();
  page.off("response", onResponse);
  await Promise.all(pending);
  return bodies;
}

function expectNoKeysOrExplanations(bodies: string[], itemIds: string[]) {
  const all = bodies.join("\n");
  expect(all.length).toBeGreaterThan(1000);
  for (const id of itemIds) {
    const item = BANK.get(id)!;
    expect(all, `explanation of ${id} leaked`).not.toContain(item.explanation.nl);
    expect(all, `explanation of ${id} leaked`).not.toContain(item.explanation.en);
  }
  expect(all).not.toMatch(/"key"\s*:/);
  expect(all).not.toMatch(/"explanation"\s*:/);
  expect(all).not.toMatch(/"regions"\s*:/);
  expect(all).not.toMatch(/"keyRegions"\s*:/);
}

async function newParticipant(page: Page) {
  const password = "Veilig-naaldje-42";
  await signUp(page, { name: "Examen Kandidaat", email: uniqueEmail("exam"), password });
  await expect(page).toHaveURL(/\/nl\/dashboard$/);
}

test("a participant takes a module quiz with the keyboard: feedback after each answer, best score kept", async ({ page }) => {
  test.setTimeout(120_000);
  await newParticipant(page);
  await page.goto("/nl/modules/m6-preventing-pneumothorax/quiz");
  await expect(page.getByTestId("quiz-best")).toContainText("nog niet afgerond");
  await expectAccessible(page);
  await press(page, 'button:has-text("Start de quiz")');
  await expect(page).toHaveURL(/\/nl\/exam\/attempts\//);

  let finished = false;
  for (let n = 0; n < 30 && !finished; n++) {
    const section = page.locator('section[data-testid^="item-"]');
    await expect(section).toHaveCount(1);
    const itemId = (await section.getAttribute("data-testid"))!.slice("item-".length);
    // nothing about this item's answer is on the page before answering
    await expect(page.locator("body")).not.toContainText(BANK.get(itemId)!.explanation.nl);
    await answerWithKeyboard(page, itemId, n % 2 === 0);
    await press(page, 'button:has-text("Controleer antwoord")');
    const review = page.getByTestId(`review-${itemId}`);
    await expect(review).toBeVisible();
    await expect(review).toContainText(BANK.get(itemId)!.explanation.nl);
    const next = page.locator('button:has-text("Volgende vraag")');
    if (await next.count()) await press(page, 'button:has-text("Volgende vraag")');
    else {
      await press(page, 'button:has-text("Rond de quiz af")');
      finished = true;
    }
  }
  await expect(page.getByTestId("result-summary")).toContainText("Score:");
  await page.goto("/nl/modules/m6-preventing-pneumothorax/quiz");
  await expect(page.getByTestId("quiz-best")).toContainText("Je beste score");
});

test("the exam: keys never reach the browser; fail, wait out the cool-down (test clock), pass — all with the keyboard", async ({ page }) => {
  test.setTimeout(240_000);
  await newParticipant(page);

  // first attempt: start, capture everything the browser receives, hand in without answers → fail
  await page.goto("/nl/exam");
  let itemIds: string[] = [];
  const apiBodies: string[] = [];
  const bodies = await capture(page, async () => {
    await press(page, 'button:has-text("Start het examen")');
    await press(page, '[role=group] button:has-text("Start het examen")');
    await expect(page).toHaveURL(/\/nl\/exam\/attempts\//);
    await expect(page.locator('section[data-testid^="item-"]')).toHaveCount(30);
    itemIds = await page.locator('section[data-testid^="item-"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.slice(5)));
    // a saved answer (exam) comes back without feedback
    await answerWithKeyboard(page, itemIds[0]!, true);
    await expect(page.locator(`[data-testid="item-${itemIds[0]}"]`)).toContainText("Opgeslagen");
    const attemptId = page.url().split("/").pop()!;
    await page.request.get(`/api/v1/attempts/${attemptId}`).then(async (r) => apiBodies.push(await r.text()));
    await page.reload();
    await expect(page.locator('section[data-testid^="item-"]')).toHaveCount(30);
  });
  expect(new Set(itemIds).size).toBe(30);
  await expectAccessible(page);
  expectNoKeysOrExplanations([...bodies, ...apiBodies], itemIds);

  // an answer to an item that is not in this attempt is refused
  const attemptId = page.url().split("/").pop()!;
  const outsider = [...BANK.keys()].find((id) => !itemIds.includes(id))!;
  const refused = await page.request.put(`/api/v1/attempts/${attemptId}/answers/${outsider}`, { data: { answer: { choice: "a" } } });
  expect(refused.status()).toBe(400);

  await press(page, 'button:has-text("Lever het examen in")');
  await press(page, '[role=group] button:has-text("Lever het examen in")');
  await expect(page.getByTestId("result-summary")).toContainText("Niet geslaagd");
  // the review shows what was wrong and why
  await expect(page.getByTestId(`review-${itemIds[1]}`)).toContainText(BANK.get(itemIds[1]!)!.explanation.nl);
  await expectAccessible(page);
  // submitting again: 409
  expect((await page.request.post(`/api/v1/attempts/${attemptId}/submit`)).status()).toBe(409);

  // cool-down
  await page.goto("/nl/exam");
  await expect(page.getByTestId("exam-status")).toContainText("volgende poging kan starten vanaf");
  await expect(page.locator('button:has-text("Start het examen")')).toHaveCount(0);
  expect((await page.request.post("/api/v1/attempts", { data: { assessmentId: "exam:thoracic-theory" } })).status()).toBe(409);
  const clock = await page.request.post("/api/v1/test/clock", { data: { advanceMs: 24 * 3600_000 + 60_000 } });
  expect(clock.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("exam-status")).toContainText("Resterende pogingen: 2");

  // second attempt: answer everything correctly with the keyboard → pass
  await press(page, 'button:has-text("Start het examen")');
  await press(page, '[role=group] button:has-text("Start het examen")');
  await expect(page).toHaveURL(/\/nl\/exam\/attempts\//);
  const secondIds = await page.locator('section[data-testid^="item-"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.slice(5)));
  expect(secondIds).toHaveLength(30);
  // a number typed just before handing in is still waiting for its debounce: submitting must send it, not drop it
  const typedLast = secondIds.find((id) => BANK.get(id)!.type === "numeric");
  for (const id of secondIds) {
    if (id === typedLast) continue;
    await answerWithKeyboard(page, id, true);
    await expect(page.locator(`[data-testid="item-${id}"]`)).toContainText("Opgeslagen");
  }
  if (typedLast) await answerWithKeyboard(page, typedLast, true);
  await expect(page.getByText("Alle vragen beantwoord.")).toBeVisible();
  await press(page, 'button:has-text("Lever het examen in")');
  await press(page, '[role=group] button:has-text("Lever het examen in")');
  await expect(page.getByTestId("result-summary")).toContainText("Geslaagd");
  await expect(page.getByTestId("result-summary")).toContainText("(100 %)");
  await page.goto("/nl/exam");
  await expect(page.getByTestId("exam-status")).toContainText("geslaagd");
});

test("a provider sees cohort results and the item statistics chart", async ({ page }) => {
  await signIn(page, DEMO.provider);
  const response = await page.goto("/nl/provider/statistics");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("item-chart")).toBeVisible();
  await expect(page.getByTestId("score-histogram")).toBeVisible();
  await expect(page.getByTestId("item-table")).toBeVisible();
  expect(Number(await page.getByTestId("stats-attempts").textContent())).toBeGreaterThan(0);
  await expectAccessible(page);
  // keyboard: pick a module quiz and show it
  await page.locator("#assessment").selectOption("quiz:m6-preventing-pneumothorax");
  await press(page, 'button:has-text("Toon")');
  await expect(page).toHaveURL(/a=quiz%3Am6-preventing-pneumothorax/);
  await expect(page.getByTestId("item-chart")).toBeVisible();
  // results per cohort of the provider's own course; narrow everything to one cohort with the keyboard
  await page.goto("/nl/provider/statistics");
  const cohortTable = page.locator("section", { has: page.locator("#cohorts-title") });
  await expect(cohortTable.getByRole("link", { name: "Demogroep voorjaar" })).toBeVisible();
  await expect(cohortTable.getByRole("link", { name: "Demogroep", exact: true })).toBeVisible();
  const all = Number(await page.getByTestId("stats-attempts").textContent());
  await page.locator("#cohort").selectOption({ label: "Demogroep — Dry needling in de thoracale regio (demo)" });
  await press(page, 'button:has-text("Toon")');
  await expect(page).toHaveURL(/cohort=/);
  await expect(page.getByRole("heading", { level: 2, name: /Demogroep$/ })).toBeVisible();
  await expect(page.getByTestId("stats-cohort")).toContainText("deelnemers ingeschreven");
  const one = Number(await page.getByTestId("stats-attempts").textContent());
  expect(one).toBeGreaterThan(0);
  expect(one).toBeLessThan(all);
  await expect(page.getByTestId("item-chart")).toBeVisible();
  await expectAccessible(page);
  const cohortId = new URL(page.url()).searchParams.get("cohort")!;
  // the API gives providers the same numbers, for the same cohort
  const api = await page.request.get("/api/v1/statistics?assessmentId=exam:thoracic-theory");
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(body.overall.attempts).toBe(all);
  // newest cohort first (other tests may add cohorts of their own to this provider)
  const names: string[] = body.cohorts.map((c: { name: string }) => c.name);
  expect(names.indexOf("Demogroep")).toBeGreaterThanOrEqual(0);
  expect(names.indexOf("Demogroep")).toBeLessThan(names.indexOf("Demogroep voorjaar"));
  const narrowed = await (await page.request.get(`/api/v1/statistics?assessmentId=exam:thoracic-theory&cohortId=${cohortId}`)).json();
  expect(narrowed.overall.attempts).toBe(one);
  expect(narrowed.cohort.name).toBe("Demogroep");
  // a cohort that is not this provider's (or does not exist) is not found; a malformed id is a 400
  expect((await page.request.get("/api/v1/statistics?assessmentId=exam:thoracic-theory&cohortId=someone-elses")).status()).toBe(404);
  expect((await page.request.get("/api/v1/statistics?cohortId=bad%20id")).status()).toBe(400);
  expect((await page.goto("/nl/provider/statistics?cohort=someone-elses"))?.status()).toBe(404);
  // and the page in English
  await page.goto("/en/provider/statistics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results and item statistics");
  await page.goto("/en/exam");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exam: thoracic region — theory");
});

test("an admin sees every participant, across organisations and cohorts", async ({ page }) => {
  await signIn(page, DEMO.admin);
  expect((await page.goto("/en/provider/statistics"))?.status()).toBe(200);
  await expect(page.locator("#cohort option").first()).toHaveText("All participants");
  await expect(page.getByText("As an administrator you see every participant")).toBeVisible();
  const body = await (await page.request.get("/api/v1/statistics?assessmentId=exam:thoracic-theory")).json();
  const inCohorts = body.cohorts.filter((c: { cohortId: string | null }) => c.cohortId).reduce((s: number, c: { summary: { attempts: number } }) => s + c.summary.attempts, 0);
  const outside = body.cohorts.find((c: { cohortId: string | null }) => c.cohortId === null)?.summary.attempts ?? 0;
  // the demo cohorts do not overlap, so the groups add up to the total
  expect(inCohorts + outside).toBe(body.overall.attempts);
});

test("participants cannot see the statistics; bad requests get 4xx JSON", async ({ page }) => {
  await signIn(page, DEMO.participant);
  expect((await page.goto("/nl/provider/statistics"))?.status()).toBe(403);
  expect((await page.request.get("/api/v1/statistics")).status()).toBe(403);
  const bad = await page.request.post("/api/v1/attempts", { data: { assessmentId: "exam:nope" } });
  expect(bad.status()).toBe(404);
  const invalid = await page.request.post("/api/v1/attempts", { data: "not json", headers: { "content-type": "application/json" } });
  expect(invalid.status()).toBe(400);
});
