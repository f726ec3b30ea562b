import "server-only";
import type { Certificate } from "@/prisma/generated/sqlite/client";
import type { Db } from "@/lib/db";
import type { CurrentUser } from "./guards";

/** Holder, an admin, or a provider-role member of the organisation whose course the certificate is for. */
export async function canSeeCertificate(db: Db, user: CurrentUser, cert: Pick<Certificate, "userId" | "courseId">): Promise<boolean> {
  if (cert.userId === user.id || user.role === "admin") return true;
  if (user.role !== "provider" || !cert.courseId || !user.organisationId) return false;
  const course = await db.course.findUnique({ where: { id: cert.courseId }, select: { organisationId: true } });
  return course?.organisationId === user.organisationId;
}
