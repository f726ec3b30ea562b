import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { THORACIC_ACHIEVEMENT } from "@/lib/credentials/achievement";
import { jwks, verifyCredential } from "@/lib/credentials";
import { getIssuer, publishedKeys } from "@/lib/credentials/issuer";
import { certificateState } from "@/lib/certificates/state";
import { getDb } from "@/lib/db";
import { getRecommendation } from "@/lib/recommendations/registry";
import { publicBaseUrl } from "@/server/base-url";
import styles from "./verify.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

const langOf = (v: unknown, fallback: string): "nl" | "en" => (v === "en" || v === "nl" ? v : fallback === "en" ? "en" : "nl");

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const lang = langOf((await searchParams).lang, "nl");
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "certificates" });
  return { title: `${t("verify.title")} · Naaldwijzer`, robots: { index: false } };
}

/** Public certificate verification (no sign-in): what an employer or register sees after scanning the QR code. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const sp = await searchParams;
  const db = getDb();
  const cert = /^[A-Za-z0-9_-]{8,40}$/.test(id) ? await db.certificate.findUnique({ where: { id } }) : null;
  const lang = langOf(sp.lang, cert?.locale ?? "nl");
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "certificates" });
  const format = await getFormatter({ locale: lang });
  const now = new Date();
  const state = cert ? certificateState(cert, now) : null;
  let signature: "ok" | "failed" | null = null;
  if (cert) {
    // Our own keys, under the DID the credential was issued with (the host may differ from this request's
    // when NAALDWIJZER_BASE_URL is not pinned, e.g. localhost vs 127.0.0.1 in development).
    const payload = JSON.parse(Buffer.from(cert.credentialJwt.split(".")[1] ?? "", "base64url").toString("utf8") || "{}") as { issuer?: { id?: string } };
    const issuerId = payload.issuer?.id ?? (await getIssuer(db, await publicBaseUrl())).id;
    const keys = jwks(issuerId, await publishedKeys(db));
    // expiry is reported as the state above; here only the signature and issuer matter
    const result = await verifyCredential(cert.credentialJwt, keys, cert.issuedAt);
    signature = result.ok ? "ok" : "failed";
  }
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Europe/Amsterdam" });
  const other = lang === "nl" ? "en" : "nl";

  return (
    <html lang={lang}>
      <body>
        <main id="main" className={`container narrow stack ${styles.page}`}>
          <p className="row">
            <strong>Naaldwijzer</strong>
            <a href={`/verify/${encodeURIComponent(id)}?lang=${other}`} hrefLang={other} lang={other}>{other === "en" ? "English" : "Nederlands"}</a>
          </p>
          <h1>{t("verify.title")}</h1>
          {!cert || !state ? (
            <p className="alert error" role="status" data-testid="verify-state" data-state="unknown">{t("verify.unknown")}</p>
          ) : (
            <>
              <p className={`${styles.state} ${styles[state]}`} role="status" data-testid="verify-state" data-state={state}>
                {t(`verify.state.${state}`)}
              </p>
              {state === "revoked" && cert.revokedAt && <p>{t("verify.revokedOn", { date: date(cert.revokedAt) })}</p>}
              {state === "expired" && <p>{t("verify.expiredOn", { date: date(cert.validUntil) })}</p>}
              <dl className="card">
                <dt>{t("verify.holder")}</dt>
                <dd data-testid="verify-holder">{cert.holderName || t("verify.holderDeleted")}</dd>
                <dt>{t("verify.number")}</dt>
                <dd>{cert.number}</dd>
                <dt>{t("verify.authorises")}</dt>
                <dd>
                  {THORACIC_ACHIEVEMENT.name[lang]} (PNX-1)
                  <ul className="small">
                    {THORACIC_ACHIEVEMENT.practisedTechniques.map((tech) => <li key={tech}>{tech} — {getRecommendation(tech)?.title[lang]}</li>)}
                  </ul>
                </dd>
                <dt>{t("verify.course")}</dt>
                <dd>{cert.courseTitle} ({t("verify.pointsHours", { points: cert.points, hours: cert.hours })}, {cert.register})</dd>
                <dt>{t("verify.provider")}</dt>
                <dd>{cert.providerName}{cert.providerAccreditation && ` — ${cert.providerAccreditation}`}</dd>
                <dt>{t("verify.issued")}</dt>
                <dd>{date(cert.issuedAt)}</dd>
                <dt>{t("verify.validUntil")}</dt>
                <dd>{date(cert.validUntil)}</dd>
                <dt>{t("verify.signature")}</dt>
                <dd data-testid="verify-signature">{signature === "ok" ? t("verify.signatureOk") : t("verify.signatureFailed")}</dd>
              </dl>
              <p className="small muted">
                {t("verify.machine")} <a href={`/api/v1/credentials/status/${cert.statusList}?format=json`}>{t("verify.statusList")}</a> ·{" "}
                <a href="/.well-known/jwks.json">JWKS</a> · <a href="/.well-known/did.json">did:web</a>
              </p>
            </>
          )}
          <p className="small muted">{t("verify.checkedAt", { date: format.dateTime(now, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }) })}</p>
        </main>
      </body>
    </html>
  );
}
