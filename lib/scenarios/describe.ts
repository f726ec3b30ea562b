import type { Submission } from "./schema";

/** A one-line, human description of a submission (for debriefs and result tables). Pure. */
export function describeSubmission(s: Submission, lang: "nl" | "en"): string {
  if (s.action === "decline") return lang === "nl" ? `Niet needlen (${s.reason})` : `Decline to needle (${s.reason})`;
  const tr = s.trajectory;
  const side = lang === "nl" ? { left: "links", right: "rechts" }[tr.entry.side] : tr.entry.side;
  const offset = tr.entry.offsetMm ? (lang === "nl" ? `, ${tr.entry.offsetMm > 0 ? "+" : ""}${tr.entry.offsetMm} mm craniaal` : `, ${tr.entry.offsetMm > 0 ? "+" : ""}${tr.entry.offsetMm} mm cranial`) : "";
  const dir =
    "ventral" in tr.direction
      ? lang === "nl"
        ? `richting ventraal ${tr.direction.ventral}, mediaal ${tr.direction.medial}, caudaal ${tr.direction.caudal}`
        : `direction ventral ${tr.direction.ventral}, medial ${tr.direction.medial}, caudal ${tr.direction.caudal}`
      : lang === "nl"
        ? `${tr.direction.angleToSkinDeg}° met de huid, helling ${{ cranial: "craniaal", caudal: "caudaal", medial: "mediaal", lateral: "lateraal" }[tr.direction.heading]}`
        : `${tr.direction.angleToSkinDeg}° to the skin, heading ${tr.direction.heading}`;
  const towel = s.adjustments.shoulderRetraction ? (lang === "nl" ? "; handdoek onder de schouder" : "; towel under the shoulder") : "";
  const pos = s.adjustments.position && s.adjustments.position !== "prone" ? `; ${s.adjustments.position}` : "";
  return lang === "nl"
    ? `${tr.technique}: ${tr.entry.level} ${side}, ${tr.entry.lateralMm} mm lateraal${offset}; ${dir}; ${tr.depthMm} mm diep met een naald van ${tr.needleLengthMm} mm${towel}${pos}`
    : `${tr.technique}: ${tr.entry.level} ${side}, ${tr.entry.lateralMm} mm lateral${offset}; ${dir}; ${tr.depthMm} mm deep with a ${tr.needleLengthMm} mm needle${towel}${pos}`;
}
