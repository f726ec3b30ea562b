import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { Bitstring } from "../../lib/credentials/status-list";
import { DEMO, signIn, signUp, uniqueEmail } from "./helpers";

/** Renders page 1 of a PDF with poppler's pdftoppm (PPM output) and decodes the QR code on it. */
function decodeQrFromPdf(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nw-cert-"));
  try {
    fs.writeFileSync(path.join(dir, "c.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "110", "-f", "1", "-l", "1", "-singlefile", path.join(dir, "c.pdf"), path.join(dir, "page")]);
    const ppm = fs.readFileSync(path.join(dir, "page.ppm"));
    // binary PPM: "P6" width height maxval, each separated by whitespace, then RGB bytes
    const header = ppm.subarray(0, 64).toString("latin1").match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) throw new Error("pdftoppm did not write a binary PPM");
    const [, w, h] = header.map(Number) as [number, number, number, number];
    const rgb = ppm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < w * h; i++) {
      rgba[i * 4] = rgb[i * 3]!;
      rgba[i * 4 + 1] = rgb[i * 3 + 1]!;
      rgba[i * 4 + 2] = rgb[i * 3 + 2]!;
      rgba[i * 4 + 3] = 255;
    }
    const qr = jsQR(rgba, w, h);
    if (!qr) throw new Error("no QR code found on the certificate");
    return qr.data;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function as(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

test("a provider enrols a participant and signs off practice; the participant is authorised; the certificate verifies, then is revoked", async ({ browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("cert");
  const password = "Thoracaal-veilig-2026";
  const courseTitle = `Thoracaal dry needling ${Date.now().toString(36)}`;

  // The participant creates an account.
  const participant = await (await browser.newContext()).newPage();
  await signUp(participant, { name: "Carla Certificaat", email, password });
  await expect(participant).toHaveURL(/\/nl\/dashboard$/);
  await expect(participant.getByTestId("authorisation-state")).toContainText("Nog niet bevoegd");

  // The provider records accreditation, creates a course and a cohort, and reads the invitation.
  const provider = await as(browser, DEMO.provider);
  await provider.goto("/nl/provider");
  await provider.getByRole("link", { name: "Cursussen, groepen en aftekenen van praktijk beheren" }).click();
  await expect(provider).toHaveURL(/\/nl\/provider\/courses$/);
  await provider.getByLabel("Accrediterende instantie").fill("KNGF");
  await provider.getByLabel("Register (voor punten)").fill("Kwaliteitsregister Fysio NL");
  await provider.getByLabel("Geaccrediteerd vanaf").fill("2025-01-01");
  await provider.getByRole("button", { name: "Accreditatiegegevens opslaan" }).click();
  await expect(provider.getByRole("status")).toHaveText("Opgeslagen.");
  await provider.getByLabel("Titel van de cursus").fill(courseTitle);
  await provider.getByLabel("Accreditatiepunten").fill("12");
  await provider.getByLabel("Uren").fill("16");
  await provider.getByRole("button", { name: "Cursus maken" }).click();
  await expect(provider.getByRole("heading", { level: 1 })).toHaveText(courseTitle);
  const today = new Date();
  const inAMonth = new Date(today.getTime() + 30 * 86_400_000);
  await provider.getByLabel("Naam van de groep").fill("Najaar");
  await provider.getByLabel("Begindatum").fill(today.toISOString().slice(0, 10));
  await provider.getByLabel("Einddatum").fill(inAMonth.toISOString().slice(0, 10));
  await provider.getByRole("button", { name: "Groep maken" }).click();
  await expect(provider.getByRole("heading", { level: 1 })).toHaveText("Groep Najaar");
  const inviteLink = (await provider.getByTestId("invite-link").textContent())!.trim();
  expect(inviteLink).toMatch(/\/nl\/enrol\/[A-Z2-9]{8}$/);

  // The participant follows the invitation link and confirms.
  await participant.goto(new URL(inviteLink).pathname);
  await expect(participant.getByRole("heading", { level: 1 })).toHaveText(`Inschrijven voor ${courseTitle}`);
  await participant.getByRole("button", { name: "Inschrijving bevestigen" }).click();
  await expect(participant).toHaveURL(/\/nl\/dashboard/);
  await expect(participant.getByTestId("my-courses")).toContainText(courseTitle);

  // Modules, quizzes, exam and the 3D practical live on other branches: a test-only endpoint writes the
  // records they would write (every section read, every assessment passed).
  const seeded = await participant.request.post("/api/test/learning-records", { data: { email } });
  expect(seeded.status(), await seeded.text()).toBe(200);
  await participant.reload();
  await expect(participant.getByTestId("check-exam")).toHaveAttribute("data-status", "done");
  await expect(participant.getByTestId("check-practice")).toHaveAttribute("data-status", "missing");
  await expect(participant.getByTestId("authorisation-checklist")).toHaveAttribute("data-state", "not-authorised");

  // The instructor signs off the five thoracic techniques.
  await provider.reload();
  const card = provider.getByTestId(`participant-${email}`);
  for (const technique of ["TECH-1", "TECH-2", "TECH-3", "TECH-4", "TECH-5"]) {
    await card.getByLabel("Techniek").selectOption(technique);
    await card.getByRole("button", { name: "Aftekenen" }).click();
    await expect(provider.getByRole("status")).toHaveText("Praktijk afgetekend.");
  }
  await expect(provider.getByTestId(`participant-${email}`).getByTestId("participant-authorised")).toBeVisible();

  // The participant sees the sign-offs and the authorisation.
  await participant.reload();
  await expect(participant.getByTestId("authorisation-checklist")).toHaveAttribute("data-state", "authorised");
  await expect(participant.getByTestId("authorisation-state")).toContainText("Je bent bevoegd");
  await expect(participant.getByTestId("my-courses")).toContainText("afgetekend door Dr. Ineke Docent");
  const axe = await new AxeBuilder({ page: participant }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);

  // The certificate PDF is downloaded and its QR code decoded.
  await participant.goto("/nl/certificates");
  const [download] = await Promise.all([participant.waitForEvent("download"), participant.getByRole("link", { name: "Pdf (Nederlands)" }).click()]);
  const pdf = fs.readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const verifyUrl = decodeQrFromPdf(pdf);
  expect(verifyUrl).toMatch(/\/verify\/[A-Za-z0-9_-]{16}$/);

  // Anyone can open it without signing in: valid, with the holder, course and provider.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(verifyUrl);
  await expect(visitor.getByTestId("verify-state")).toHaveAttribute("data-state", "valid");
  await expect(visitor.getByTestId("verify-state")).toContainText("Geldig");
  await expect(visitor.getByTestId("verify-holder")).toHaveText("Carla Certificaat");
  await expect(visitor.getByText(courseTitle)).toBeVisible();
  await expect(visitor.getByText("Academie Veilig Dry Needling (demo)")).toBeVisible();
  await expect(visitor.getByTestId("verify-signature")).toContainText("gecontroleerd");
  const axeVerify = await new AxeBuilder({ page: visitor }).analyze();
  expect(axeVerify.violations.map((v) => v.id)).toEqual([]);
  await visitor.goto(`${verifyUrl}?lang=en`);
  await expect(visitor.locator("html")).toHaveAttribute("lang", "en");
  await expect(visitor.getByTestId("verify-state")).toContainText("Valid");

  // The holder's signed credential names its slot in the public status list.
  const credential = await (await participant.request.get(`/api/v1/certificates/${verifyUrl.split("/").pop()}/credential?format=json`)).json();
  expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
  const statusUrl = new URL(credential.credentialStatus.statusListCredential);
  const index = Number(credential.credentialStatus.statusListIndex);
  const listBefore = await (await visitor.request.get(`${statusUrl.pathname}?format=json`)).json();
  expect(Bitstring.decode(listBefore.credentialSubject.encodedList).get(index)).toBe(false);
  // an outside verifier (did:web → DID document, @noble/curves, signed status list) accepts the downloaded VC-JWT
  const jwtDownload = await participant.request.get(`/api/v1/certificates/${verifyUrl.split("/").pop()}/credential`);
  expect(jwtDownload.headers()["content-type"]).toBe("application/vc+jwt");
  const jwtFile = path.join(os.tmpdir(), `nw-${Date.now()}.jwt`);
  fs.writeFileSync(jwtFile, await jwtDownload.text());
  const verifier = () => spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/verify-credential.ts", jwtFile, "--http"], { encoding: "utf8" });
  const accepted = verifier();
  expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
  expect(accepted.stdout).toContain("signature");
  expect(accepted.stdout).toContain("not revoked");

  // The provider revokes it; the verification page and the status list say so.
  await provider.reload();
  const revokeCard = provider.getByTestId(`participant-${email}`);
  await revokeCard.getByLabel("Reden van intrekken").fill("Afgegeven aan de verkeerde groep");
  await revokeCard.getByRole("button", { name: "Certificaat intrekken", exact: true }).click();
  await expect(provider.getByRole("status")).toContainText("Certificaat ingetrokken");
  await visitor.goto(verifyUrl);
  await expect(visitor.getByTestId("verify-state")).toHaveAttribute("data-state", "revoked");
  await expect(visitor.getByTestId("verify-state")).toContainText("Ingetrokken");
  const listAfter = await (await visitor.request.get(`${statusUrl.pathname}?format=json`)).json();
  expect(Bitstring.decode(listAfter.credentialSubject.encodedList).get(index)).toBe(true);
  const rejected = verifier();
  expect(rejected.status, rejected.stdout + rejected.stderr).toBe(1);
  expect(rejected.stdout).toContain("REVOKED");
  const axeProvider = await new AxeBuilder({ page: provider }).analyze();
  expect(axeProvider.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);

  // The administrator sees an intact audit chain recording all of it.
  const admin = await as(browser, DEMO.admin);
  await admin.goto("/nl/admin/audit");
  await expect(admin.getByTestId("audit-verdict")).toHaveAttribute("data-ok", "true");
  for (const type of ["practice.signed-off", "authorisation.granted", "certificate.issued", "certificate.revoked"]) {
    await expect(admin.getByRole("cell", { name: type, exact: true }).first()).toBeVisible();
  }
  await admin.goto("/nl/admin/certificates");
  await expect(admin.getByRole("row", { name: new RegExp(courseTitle) })).toContainText("ingetrokken");

  // The holder deletes their account; verification still answers truthfully, without the name.
  await participant.goto("/nl/account");
  await participant.getByLabel(`Typ je e-mailadres (${email}) ter bevestiging`).fill(email);
  await participant.getByRole("button", { name: "Mijn account definitief verwijderen" }).click();
  await expect(participant).toHaveURL(/\/nl(\?deleted=1)?$/);
  await visitor.goto(verifyUrl);
  await expect(visitor.getByTestId("verify-state")).toHaveAttribute("data-state", "revoked");
  await expect(visitor.getByTestId("verify-holder")).toContainText("account verwijderd");
  await expect(visitor.getByText("Carla Certificaat")).toHaveCount(0);
});

test("a participant enrols with a code, keeps a CPD portfolio, exports it, shares it read-only and exports their data", async ({ browser }) => {
  const email = uniqueEmail("cpd");
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name: "Piet Portfolio", email, password: "Nascholing-telt-2026" });
  await expect(page).toHaveURL(/\/nl\/dashboard$/);

  await page.goto("/nl/enrol");
  await page.getByLabel("Uitnodigingscode").fill("nope1234");
  await page.getByRole("button", { name: "Inschrijven" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await page.getByLabel("Uitnodigingscode").fill("thorax26");
  await page.getByRole("button", { name: "Inschrijven" }).click();
  await expect(page.getByTestId("my-courses")).toContainText("Dry needling in de thoracale regio (demo)");

  await page.goto("/nl/portfolio");
  await page.getByLabel("Titel", { exact: true }).fill("Echografie van de thoraxwand");
  await page.getByLabel("Aanbieder", { exact: true }).fill("Echo Academie");
  await page.getByLabel("Datum", { exact: true }).fill("2026-03-14");
  await page.getByLabel("Punten", { exact: true }).fill("4");
  await page.getByLabel("Uren", { exact: true }).fill("3.5");
  await page.getByRole("button", { name: "Aan portfolio toevoegen" }).click();
  await expect(page.getByRole("status")).toHaveText("Opgeslagen.");
  await expect(page.getByTestId("portfolio-table")).toContainText("Echografie van de thoraxwand");
  // the course counts once it is completed (authorised); the activity counts as entered
  await expect(page.getByTestId("portfolio-points")).toHaveText("4");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const csv = await page.request.get("/api/v1/portfolio/export?format=csv&lang=nl");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = (await csv.text()).replace(/^\uFEFF/, "");
  expect(text.split("\r\n")[0]).toBe("soort,datum,titel,aanbieder,register,punten,uren,certificaatnummer,status,geldig tot");
  expect(text).toContain("activity,2026-03-14,Echografie van de thoraxwand,Echo Academie,,4,3.5");
  const pdf = await page.request.get("/api/v1/portfolio/export?format=pdf&lang=en");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect((await page.request.get("/api/v1/portfolio/export?format=xls")).status()).toBe(400);

  await page.getByLabel("Geldig gedurende").selectOption("1");
  await page.getByRole("button", { name: "Deellink maken" }).click();
  const link = (await page.getByTestId("share-link").textContent())!.trim();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(new URL(link).pathname);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Nascholingsportfolio van Piet Portfolio");
  await expect(reader.getByTestId("portfolio-table")).toContainText("Echografie van de thoraxwand");
  await page.goto("/nl/portfolio");
  await page.getByRole("button", { name: "Intrekken" }).click();
  await expect(page.getByRole("status")).toHaveText("Deellink ingetrokken.");
  await reader.reload();
  await expect(reader.getByTestId("share-invalid")).toBeVisible();

  const data = await (await page.request.get("/api/v1/me/export")).json();
  expect(data.user.email).toBe(email);
  expect(data.user.enrolments).toHaveLength(1);
  expect(data.user.cpdActivities).toHaveLength(1);
  expect(JSON.stringify(data)).not.toContain("argon2");
});

test("verification of an unknown certificate says so, and the issuer keys are public", async ({ page, request }) => {
  await page.goto("/verify/doesNotExist123");
  await expect(page.getByTestId("verify-state")).toHaveAttribute("data-state", "unknown");
  const jwks = await (await request.get("/.well-known/jwks.json")).json();
  expect(jwks.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA" });
  expect(jwks.keys[0]).not.toHaveProperty("d");
  const did = await (await request.get("/.well-known/did.json")).json();
  expect(did.id).toMatch(/^did:web:/);
  expect(did.assertionMethod).toEqual([jwks.keys[0].kid]);
  expect((await request.get("/api/v1/credentials/status/abc")).status()).toBe(400);
});

test("the JSON API validates input and checks roles", async ({ browser }) => {
  const email = uniqueEmail("api");
  const participant = await (await browser.newContext()).newPage();
  await signUp(participant, { name: "Anna API", email, password: "Json-validatie-2026" });
  await expect(participant).toHaveURL(/\/nl\/dashboard$/);
  const api = participant.request;

  expect((await api.post("/api/v1/enrolments", { data: { nope: 1 } })).status()).toBe(400);
  const bad = await api.post("/api/v1/enrolments", { data: { code: "ABC" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toMatch(/8 letters/);
  expect((await api.post("/api/v1/enrolments", { data: { code: "ZZZZZZZZ" } })).status()).toBe(404);
  const enrolled = await api.post("/api/v1/enrolments", { data: { code: "THORAX26" } });
  expect(enrolled.status()).toBe(201);
  const { enrolmentId } = await enrolled.json();
  expect((await api.post("/api/v1/enrolments", { data: { code: "thorax26" } })).status()).toBe(200);

  const state = await (await api.get("/api/v1/authorisation?lang=en")).json();
  expect(state.state).toBe("not-authorised");
  expect(state.items.find((i: { id: string }) => i.id === "practice").problem).toBe("techniques-missing");

  // a participant cannot sign off practice or revoke
  expect((await api.post("/api/v1/provider/sign-offs", { data: { enrolmentId, technique: "TECH-1", practisedOn: "2026-01-05" } })).status()).toBe(403);
  expect((await api.post("/api/v1/certificates/whatever/revoke", { data: { reason: "because" } })).status()).toBe(403);

  const provider = await as(browser, DEMO.provider);
  const invalid = await provider.request.post("/api/v1/provider/sign-offs", { data: { enrolmentId, technique: "TECH-9", practisedOn: "yesterday" } });
  expect(invalid.status()).toBe(400);
  const body = await invalid.json();
  expect(body.error).toBe("invalid");
  expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual(["practisedOn", "technique"]);
  const ok = await provider.request.post("/api/v1/provider/sign-offs", { data: { enrolmentId, technique: "TECH-1", practisedOn: new Date().toISOString().slice(0, 10) } });
  expect(ok.status()).toBe(201);
  expect((await ok.json()).participantState).toBe("not-authorised");
  expect((await provider.request.post("/api/v1/certificates/doesnotexist/revoke", { data: { reason: "x" } })).status()).toBe(400);
  expect((await provider.request.post("/api/v1/certificates/doesnotexist/revoke", { data: { reason: "no such one" } })).status()).toBe(404);

  // the participant sees the sign-off on the dashboard
  await participant.goto("/en/dashboard");
  await expect(participant.getByTestId("check-practice")).toContainText("signed off by Dr. Ineke Docent");
});
