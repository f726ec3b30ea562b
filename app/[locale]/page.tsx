import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/server/guards";

const STEPS = ["learn", "check", "exam", "practise", "signoff", "certify"] as const;
const AUDIENCES = ["participant", "provider", "registrant", "verifier"] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const user = await currentUser();
  return (
    <div className="container">
      <section className="hero">
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
        <div className="row">
          {user ? (
            <Link className="button" href="/dashboard">{t("ctaDashboard")}</Link>
          ) : (
            <>
              <Link className="button" href="/sign-up">{t("ctaStart")}</Link>
              <Link className="button secondary" href="/sign-in">{t("ctaSignIn")}</Link>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="path-title">
        <h2 id="path-title">{t("pathTitle")}</h2>
        <p className="muted" style={{ maxWidth: "48rem" }}>{t("pathLead")}</p>
        <ol className="steps">
          {STEPS.map((step) => (
            <li key={step} className="card">
              <h3 style={{ marginTop: 0 }}>{t(`steps.${step}.title`)}</h3>
              <p>{t(`steps.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="who-title">
        <h2 id="who-title">{t("whoTitle")}</h2>
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          {AUDIENCES.map((a) => (
            <li key={a} className="card">{t(`who.${a}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="guideline-title">
        <h2 id="guideline-title">{t("guidelineTitle")}</h2>
        <p style={{ maxWidth: "48rem" }}>{t("guidelineBody")}</p>
      </section>
    </div>
  );
}
