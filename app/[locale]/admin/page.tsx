import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("title") };
}

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser("admin");
  const t = await getTranslations("admin");
  const tCommon = await getTranslations("common");
  const ta = await getTranslations("audit");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const users = await getDb().user.findMany({ orderBy: { createdAt: "desc" }, take: 200, include: { organisation: { select: { name: true } } } });
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p className="row">
        <Link href="/admin/audit" className="button secondary">{ta("links.audit")}</Link>
        <Link href="/admin/outbox" className="button secondary">{ta("links.outbox")}</Link>
        <Link href="/admin/certificates" className="button secondary">{ta("links.certificates")}</Link>
      </p>
      <section aria-labelledby="users-title">
        <h2 id="users-title">{t("users.title")}</h2>
        <div className="table-scroll" role="region" aria-label={tCommon("tableRegion", { name: t("users.title") })} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("users.name")}</th>
                <th scope="col">{t("users.email")}</th>
                <th scope="col">{t("users.role")}</th>
                <th scope="col">{t("users.organisation")}</th>
                <th scope="col">{t("users.created")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>{tc.has(`account.role.${u.role}`) ? tc(`account.role.${u.role}` as "account.role.admin") : u.role}</td>
                  <td>{u.organisation?.name ?? "—"}</td>
                  <td>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
