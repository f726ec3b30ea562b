import type { Db } from "@/lib/db";
import type { Mailer } from "@/lib/mail";
import { addMonths } from "./rule";

/**
 * Reminder stages before an authorisation expires. Each authorisation gets at most one reminder per
 * stage: remindedAt records the last one sent, and a stage is due when remindedAt is before it.
 */
export const REMINDER_STAGES_MONTHS = [6, 1] as const;

export function dueStage(validUntil: Date, remindedAt: Date | null, now: Date): number | null {
  if (now >= validUntil) return null;
  // the latest stage whose moment has passed
  const passed = REMINDER_STAGES_MONTHS.map((m) => ({ m, at: addMonths(validUntil, -m) })).filter((s) => s.at <= now).sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  if (!passed) return null;
  return !remindedAt || remindedAt < passed.at ? passed.m : null;
}

const TEXT = {
  nl: (name: string, until: string, url: string) => ({
    subject: `Je bevoegdheid voor thoracaal dry needling verloopt op ${until}`,
    body: `Beste ${name},\n\nJe bevoegdheid voor dry needling in de thoracale regio is geldig tot ${until}. Houd je bekwaamheid bij met geaccrediteerde nascholing (ALG-3) en verleng: haal het theorie-examen en de 3D-praktijktoets opnieuw.\n\n${url}\n\nNaaldwijzer`,
  }),
  en: (name: string, until: string, url: string) => ({
    subject: `Your thoracic dry needling authorisation expires on ${until}`,
    body: `Dear ${name},\n\nYour authorisation for dry needling in the thoracic region is valid until ${until}. Keep your competence up to date with accredited continuing education (ALG-3) and renew: pass the theory exam and the 3D practical again.\n\n${url}\n\nNaaldwijzer`,
  }),
};

/** Sends the reminders that are due; returns how many went out. Used by the command and the admin page. */
export async function sendExpiryReminders(db: Db, mailer: Mailer, baseUrl: string, now: Date = new Date()): Promise<{ sent: number; checked: number }> {
  const horizon = addMonths(now, Math.max(...REMINDER_STAGES_MONTHS));
  const candidates = await db.authorisation.findMany({
    where: { validUntil: { gt: now, lte: horizon }, renewedBy: null, userId: { not: null } },
    include: { user: { select: { name: true, email: true, locale: true } } },
  });
  let sent = 0;
  for (const a of candidates) {
    if (!a.user || dueStage(a.validUntil, a.remindedAt, now) === null) continue;
    const lang = a.user.locale === "en" ? "en" : "nl";
    const until = a.validUntil.toISOString().slice(0, 10);
    const text = TEXT[lang](a.user.name, until, `${baseUrl}/${lang}/dashboard`);
    await mailer.send({ to: a.user.email, kind: "authorisation-expiry", ...text });
    await db.authorisation.update({ where: { id: a.id }, data: { remindedAt: now } });
    sent++;
  }
  return { sent, checked: candidates.length };
}
