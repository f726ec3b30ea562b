"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z, ZodError } from "zod";
import { sendExpiryReminders } from "@/lib/authorisation/reminders";
import { refreshAuthorisation } from "@/lib/authorisation/service";
import { CertificateError, issueCertificate, revokeCertificate, revokeSchema, withUniqueRetry } from "@/lib/certificates/service";
import { getDb } from "@/lib/db";
import { getMailer } from "@/lib/mail";
import { activitySchema, createShare, deleteAccount } from "@/lib/portfolio/service";
import { addInstructor, createCohort, createCourse, enrolWithCode, ProviderError, saveAccreditation, signOffPractice, withdrawSignOff } from "@/lib/providers/service";
import { publicBaseUrl } from "./base-url";
import { requireUser } from "./guards";
import { signOut } from "@/auth";

const localeSchema = z.enum(["nl", "en"]).catch("nl");
/** Only same-site app paths, so a crafted form cannot redirect elsewhere. */
const backSchema = z.string().regex(/^\/(nl|en)(\/[\w\-/]*)?$/).catch("/nl/dashboard");

function back(form: FormData): string {
  return backSchema.parse(form.get("back"));
}
function withQuery(path: string, params: Record<string, string>): string {
  return `${path}?${new URLSearchParams(params).toString()}`;
}

/** Turns known errors into an error code on the page's URL (shown as an alert); others propagate. */
function errorCode(err: unknown): string {
  if (err instanceof ZodError) return "invalid";
  if (err instanceof ProviderError || err instanceof CertificateError) return err.code;
  throw err;
}

async function run(form: FormData, work: () => Promise<string | void>, okCode = "saved"): Promise<never> {
  const path = back(form);
  let target: string;
  try {
    const next = await work();
    target = next ?? withQuery(path, { ok: okCode });
  } catch (err) {
    target = withQuery(path, { error: errorCode(err) });
  }
  revalidatePath(path);
  redirect(target);
}

/** Form fields by name; an empty input counts as not given (optional dates, URLs …). */
const fields = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((n) => {
    const v = form.get(n);
    return [n, typeof v === "string" && v.trim() === "" ? undefined : (v ?? undefined)];
  }));

export async function saveAccreditationAction(form: FormData) {
  const user = await requireUser("provider");
  await run(form, async () => {
    await saveAccreditation(getDb(), user, fields(form, ["body", "register", "validFrom", "validUntil", "website", "contactEmail"]));
  });
}

export async function createCourseAction(form: FormData) {
  const user = await requireUser("provider");
  await run(form, async () => {
    const input = fields(form, ["title", "description", "accreditationPoints", "hours", "register", "certificateIssue", "validityMonths"]);
    const course = await createCourse(getDb(), user, input);
    return `/${localeSchema.parse(form.get("locale"))}/provider/courses/${course.id}?ok=created`;
  });
}

export async function createCohortAction(form: FormData) {
  const user = await requireUser("provider");
  await run(form, async () => {
    const cohort = await createCohort(getDb(), user, String(form.get("courseId") ?? ""), fields(form, ["name", "startsOn", "endsOn"]));
    return `/${localeSchema.parse(form.get("locale"))}/provider/cohorts/${cohort.id}?ok=created`;
  });
}

export async function addInstructorAction(form: FormData) {
  const user = await requireUser("provider");
  await run(form, async () => {
    await addInstructor(getDb(), user, String(form.get("cohortId") ?? ""), String(form.get("email") ?? ""));
  });
}

export async function enrolAction(form: FormData) {
  const user = await requireUser();
  const locale = localeSchema.parse(form.get("locale"));
  const via = form.get("via") === "link" ? "link" : "code";
  await run(form, async () => {
    const { cohort } = await enrolWithCode(getDb(), user.id, String(form.get("code") ?? ""), via);
    return `/${locale}/dashboard?ok=enrolled&course=${encodeURIComponent(cohort.course.title)}`;
  });
}

export async function signOffAction(form: FormData) {
  const user = await requireUser("provider");
  const db = getDb();
  const locale = localeSchema.parse(form.get("locale"));
  await run(form, async () => {
    const signOff = await signOffPractice(db, user, fields(form, ["enrolmentId", "technique", "practisedOn", "note"]));
    // the last sign-off may complete the participant's path: evaluate right away
    const enrolment = await db.enrolment.findUniqueOrThrow({ where: { id: signOff.enrolmentId } });
    await refreshAuthorisation(db, enrolment.userId, { baseUrl: await publicBaseUrl(), lang: locale });
  }, "signedOff");
}

export async function withdrawSignOffAction(form: FormData) {
  const user = await requireUser("provider");
  await run(form, async () => {
    await withdrawSignOff(getDb(), user, String(form.get("signOffId") ?? ""));
  }, "withdrawn");
}

/** Instructor-issued certificate (courses set to "instructor"), for an authorisation without one. */
export async function issueCertificateAction(form: FormData) {
  const user = await requireUser("provider");
  const db = getDb();
  const lang = form.get("lang") === "en" ? "en" : "nl";
  await run(form, async () => {
    const authorisationId = String(form.get("authorisationId") ?? "");
    const auth = await db.authorisation.findUnique({ where: { id: authorisationId }, include: { renews: true } });
    const enrolmentId = auth?.enrolmentId;
    const enrolment = enrolmentId ? await db.enrolment.findUnique({ where: { id: enrolmentId }, include: { cohort: { include: { course: true } } } }) : null;
    if (!auth || !enrolment) throw new CertificateError("not-found", "No such authorisation.", 404);
    if (user.role !== "admin" && enrolment.cohort.course.organisationId !== user.organisationId) throw new CertificateError("forbidden", "This participant took another provider's course.", 403);
    const baseUrl = await publicBaseUrl();
    await withUniqueRetry(() => db.$transaction((tx) => issueCertificate(tx, { authorisationId, issuedBy: "instructor", issuedById: user.id, lang, baseUrl })));
  }, "issued");
}

export async function revokeCertificateAction(form: FormData) {
  const user = await requireUser("provider");
  await run(form, async () => {
    const { reason } = revokeSchema.parse({ reason: form.get("reason") });
    await revokeCertificate(getDb(), { certificateId: String(form.get("certificateId") ?? ""), actor: user, reason });
  }, "revoked");
}

export async function sendRemindersAction(form: FormData) {
  await requireUser("admin");
  const db = getDb();
  await run(form, async () => {
    const { sent } = await sendExpiryReminders(db, getMailer(db), await publicBaseUrl());
    return withQuery(back(form), { ok: "reminders", sent: String(sent) });
  });
}

export async function addActivityAction(form: FormData) {
  const user = await requireUser();
  await run(form, async () => {
    const data = activitySchema.parse(fields(form, ["title", "provider", "date", "points", "hours", "register"]));
    await getDb().cpdActivity.create({ data: { ...data, userId: user.id } });
  });
}

export async function createShareAction(form: FormData) {
  const user = await requireUser();
  const locale = localeSchema.parse(form.get("locale"));
  await run(form, async () => {
    const days = z.coerce.number().int().min(1).max(90).parse(form.get("days"));
    const { token } = await createShare(getDb(), user.id, days);
    return withQuery(back(form), { ok: "shared", link: `${await publicBaseUrl()}/${locale}/portfolio/shared/${token}` });
  });
}

export async function revokeShareAction(form: FormData) {
  const user = await requireUser();
  await run(form, async () => {
    await getDb().portfolioShare.updateMany({ where: { id: String(form.get("shareId") ?? ""), userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
  }, "shareRevoked");
}

export async function deleteAccountAction(form: FormData) {
  const user = await requireUser();
  const locale = localeSchema.parse(form.get("locale"));
  if (String(form.get("confirm") ?? "").trim().toLowerCase() !== user.email.toLowerCase()) {
    redirect(withQuery(back(form), { error: "confirm" }));
  }
  await deleteAccount(getDb(), user.id);
  await signOut({ redirectTo: `/${locale}?deleted=1` });
}
