import { createHash } from "node:crypto";
import { recommendationTitle, THORACIC_ACHIEVEMENT } from "./achievement";

/**
 * Open Badges 3.0 OpenBadgeCredential in the W3C Verifiable Credentials 2.0 data model.
 * Pure: everything variable (ids, dates, salt) comes in through the input.
 */
export const VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

export type Lang = "nl" | "en";

export type OpenBadgeInput = {
  baseUrl: string;
  certificateId: string;
  certificateNumber: string;
  issuer: { id: string; name: string; url: string };
  holder: { name: string; email: string; salt: string };
  provider: { id: string; name: string; accreditationNumber: string | null; accreditingBody: string | null };
  course: { title: string; points: number; hours: number; register: string };
  validFrom: Date;
  validUntil: Date;
  status: { listUrl: string; index: number };
  lang: Lang;
};

export type IdentityObject = { type: "IdentityObject"; identityHash: string; identityType: "emailAddress" | "name"; hashed: boolean; salt?: string };

export type OpenBadgeCredential = {
  "@context": [typeof VC_V2_CONTEXT, typeof OB_V3_CONTEXT];
  id: string;
  type: ["VerifiableCredential", "OpenBadgeCredential"];
  name: string;
  description: string;
  issuer: { id: string; type: ["Profile"]; name: string; url: string };
  validFrom: string;
  validUntil: string;
  credentialSubject: {
    type: ["AchievementSubject"];
    identifier: IdentityObject[];
    achievement: {
      id: string;
      type: ["Achievement"];
      achievementType: "Certificate";
      name: string;
      description: string;
      humanCode: string;
      criteria: { narrative: string };
      creator: { id: string; type: ["Profile"]; name: string; description?: string };
      alignment: { type: ["Alignment"]; targetCode: string; targetName: string; targetFramework: string; targetType: "ext:GuidelineRecommendation"; targetUrl: string }[];
      tag: string[];
      inLanguage: string;
      fieldOfStudy: string;
    };
    creditsEarned: number;
    licenseNumber: string;
  };
  credentialStatus: { id: string; type: "BitstringStatusListEntry"; statusPurpose: "revocation"; statusListIndex: string; statusListCredential: string };
};

/** OB 3.0 hashed identity: "sha256$" + hex(sha256(identity + salt)). */
export function hashIdentity(identity: string, salt: string): string {
  return `sha256$${createHash("sha256").update(identity + salt).digest("hex")}`;
}

export function buildOpenBadgeCredential(input: OpenBadgeInput): OpenBadgeCredential {
  const { lang, baseUrl } = input;
  const a = THORACIC_ACHIEVEMENT;
  const providerDescription = [
    input.provider.accreditingBody && `${lang === "nl" ? "Geaccrediteerd door" : "Accredited by"} ${input.provider.accreditingBody}`,
    input.provider.accreditationNumber && `${lang === "nl" ? "accreditatienummer" : "accreditation number"} ${input.provider.accreditationNumber}`,
  ].filter(Boolean).join(", ");
  return {
    "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `${baseUrl}/verify/${input.certificateId}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: a.name[lang],
    description: `${a.description[lang]} ${lang === "nl" ? "Cursus" : "Course"}: ${input.course.title}.`,
    issuer: { id: input.issuer.id, type: ["Profile"], name: input.issuer.name, url: input.issuer.url },
    validFrom: input.validFrom.toISOString(),
    validUntil: input.validUntil.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        { type: "IdentityObject", identityType: "name", hashed: false, identityHash: input.holder.name },
        { type: "IdentityObject", identityType: "emailAddress", hashed: true, identityHash: hashIdentity(input.holder.email.trim().toLowerCase(), input.holder.salt), salt: input.holder.salt },
      ],
      achievement: {
        id: `${baseUrl}/achievements/${a.slug}`,
        type: ["Achievement"],
        achievementType: "Certificate",
        name: a.name[lang],
        description: a.description[lang],
        humanCode: "PNX-1",
        criteria: { narrative: a.criteria[lang] },
        creator: {
          id: `urn:naaldwijzer:provider:${input.provider.id}`,
          type: ["Profile"],
          name: input.provider.name,
          ...(providerDescription ? { description: providerDescription } : {}),
        },
        alignment: a.recommendations.map((id) => ({
          type: ["Alignment"] as ["Alignment"],
          targetCode: id,
          targetName: `${id} ${recommendationTitle(id, lang)}`,
          targetFramework: a.guideline[lang],
          targetType: "ext:GuidelineRecommendation" as const,
          targetUrl: `${baseUrl}/${lang}/recommendations#${id}`,
        })),
        tag: ["dry needling", lang === "nl" ? "thoracale regio" : "thoracic region", "PNX-1"],
        inLanguage: lang,
        fieldOfStudy: lang === "nl" ? "Fysiotherapie" : "Physiotherapy",
      },
      creditsEarned: input.course.points,
      licenseNumber: input.certificateNumber,
    },
    credentialStatus: {
      id: `${input.status.listUrl}#${input.status.index}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listUrl,
    },
  };
}
