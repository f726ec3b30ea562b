import { getFormatter, getTranslations } from "next-intl/server";
import type { ChecklistItem, Verdict } from "@/lib/authorisation/rule";
import { getRecommendation } from "@/lib/recommendations/registry";
import styles from "./Checklist.module.css";

type Certificate = { id: string; number: string };

/** The thoracic authorisation (PNX-1) as the participant sees it: state, then every requirement with its status. */
export async function Checklist({ verdict, lang, certificate }: { verdict: Verdict; lang: "nl" | "en"; certificate: Certificate | null }) {
  const t = await getTranslations("authorisation");
  const format = await getFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : null);
  const moduleNumber = (slug: string) => slug.split("-")[0]!.toUpperCase();

  function label(item: ChecklistItem): string {
    switch (item.kind) {
      case "module":
        return t("item.module", { module: moduleNumber(item.slug) });
      case "quiz":
        return t("item.quiz", { module: moduleNumber(item.slug) });
      case "exam":
        return t(verdict.mode === "renewal" ? "item.examRenewal" : "item.exam");
      case "practical":
        return t(verdict.mode === "renewal" ? "item.practicalRenewal" : "item.practical");
      case "practice":
        return t("item.practice");
    }
  }

  function detail(item: ChecklistItem): string | null {
    switch (item.kind) {
      case "module":
        return item.total === 0 ? t("detail.noSections") : t("detail.sections", { done: item.done, total: item.total });
      case "quiz":
      case "exam":
      case "practical":
        return item.at ? t("detail.passedOn", { date: date(item.at)! }) : null;
      case "practice":
        if (item.problem === "not-enrolled") return t("detail.notEnrolled");
        if (item.problem === "provider-not-accredited") return t("detail.notAccredited", { provider: item.providerName ?? "" });
        return t("detail.practiceAt", { course: item.courseTitle ?? "", provider: item.providerName ?? "" });
    }
  }

  const headline =
    verdict.state === "authorised" ? t("state.authorised", { date: date(verdict.validUntil) ?? "" })
    : verdict.state === "renewal-due" ? t("state.renewalDue", { date: date(verdict.validUntil) ?? "" })
    : verdict.state === "expired" ? t("state.expired", { date: date(verdict.validUntil) ?? "" })
    : t("state.notAuthorised");
  const done = verdict.items.filter((i) => i.status === "done").length;

  return (
    <section className={`card stack ${styles.checklist}`} aria-labelledby="authorisation-checklist-title" data-testid="authorisation-checklist" data-state={verdict.state}>
      <h2 id="authorisation-checklist-title">{t("title")}</h2>
      <p className={verdict.state === "authorised" ? "alert ok" : verdict.state === "not-authorised" ? "alert info" : "alert error"} data-testid="authorisation-state">
        {headline}
      </p>
      {verdict.mode === "renewal" && verdict.renewalOpensAt && (
        <p className="small">{t("renewal", { date: date(verdict.renewalOpensAt)! })}</p>
      )}
      {certificate && (
        <p>
          {t("certificate", { number: certificate.number })} <a href={`/verify/${certificate.id}?lang=${lang}`}>{t("verifyLink")}</a>
        </p>
      )}
      {(verdict.state !== "authorised" || verdict.mode === "initial") && (
        <>
          <p className="small muted">{t("progress", { done, total: verdict.items.length })}</p>
          <ul className={styles.items}>
            {verdict.items.map((item) => (
              <li key={item.id} className={styles.item} data-status={item.status} data-testid={`check-${item.id}`}>
                <span className={`badge ${item.status === "done" ? "ok" : item.status === "expired" ? "danger" : "warn"}`}>{t(`status.${item.status}`)}</span>{" "}
                <span>{label(item)}</span>
                {detail(item) && <span className="small muted"> — {detail(item)}</span>}
                {item.kind === "practice" && item.enrolmentId && (
                  <ul className={styles.techniques}>
                    {item.techniques.map((tech) => (
                      <li key={tech.technique} data-status={tech.status}>
                        <span className={`badge ${tech.status === "done" ? "ok" : "warn"}`}>{t(`status.${tech.status}`)}</span> {tech.technique}{" "}
                        {getRecommendation(tech.technique)?.title[lang]}
                        {tech.practisedOn && <span className="small muted"> — {t("detail.signedOff", { date: date(tech.practisedOn)!, instructor: tech.instructorName ?? "" })}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <p className="small muted">{t("rule")}</p>
        </>
      )}
    </section>
  );
}
