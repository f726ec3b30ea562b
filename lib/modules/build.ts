/**
 * Validates the parsed nl + en files of every module and turns them into the module index the app,
 * the search and the authorisation rule read. Pure: file texts in, data out; every problem found is
 * reported together in one error so a writer can fix them in one go.
 */
import { isRecommendationId } from "@/lib/recommendations/registry";
import { ContentError, parseModuleSource, type ParsedModuleFile } from "./parse";
import { CONTENT_LOCALES, EXERCISE_KINDS, moduleMetaSchema, sectionIdSchema, type ContentLocale, type ModuleMeta } from "./schema";

export type SectionInfo = {
  id: string;
  recs: string[];
  title: Record<ContentLocale, string>;
  text: Record<ContentLocale, string>;
};
export type ModuleInfo = {
  slug: string;
  order: number;
  minutes: number;
  recommendations: string[];
  meta: Record<ContentLocale, ModuleMeta>;
  sections: SectionInfo[];
  exercises: string[];
  diagrams: string[];
};
export type ModuleSource = { slug: string; nl: string; en: string };

export class ContentValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Module content is invalid:\n- ${problems.join("\n- ")}`);
    this.name = "ContentValidationError";
  }
}

export function buildModuleIndex(sources: ModuleSource[], opts: { knownDiagrams?: readonly string[] } = {}): ModuleInfo[] {
  const problems: string[] = [];
  const modules: ModuleInfo[] = [];
  const allSectionIds = new Map<string, string>();

  for (const src of sources) {
    const parsed = {} as Record<ContentLocale, ParsedModuleFile>;
    const metas = {} as Record<ContentLocale, ModuleMeta>;
    let ok = true;
    for (const locale of CONTENT_LOCALES) {
      const file = `content/modules/${src.slug}/${locale}.mdx`;
      try {
        parsed[locale] = parseModuleSource(src[locale], file);
      } catch (err) {
        problems.push(err instanceof ContentError ? err.message : `${file}: ${(err as Error).message}`);
        ok = false;
        continue;
      }
      const meta = moduleMetaSchema.safeParse(parsed[locale].meta);
      if (!meta.success) {
        for (const issue of meta.error.issues) {
          const where = issue.path.join(".");
          const got = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], parsed[locale].meta);
          problems.push(`${file}: meta.${where}: ${issue.message}${typeof got === "string" ? ` ("${got}")` : ""}`);
        }
        ok = false;
        continue;
      }
      metas[locale] = meta.data;
      const p = parsed[locale];
      const refIds = new Set(meta.data.references.map((r) => r.id));
      for (const s of p.sections) {
        if (!sectionIdSchema.safeParse(s.id).success) problems.push(`${file}: section id "${s.id}" must look like m${meta.data.order}-topic`);
        else if (!s.id.startsWith(`m${meta.data.order}-`)) problems.push(`${file}: section id "${s.id}" must start with m${meta.data.order}- (the module's order)`);
        if (s.recs.length === 0) problems.push(`${file}: section "${s.id}" names no recommendation in recs={[…]}`);
        for (const r of s.recs) if (!isRecommendationId(r)) problems.push(`${file}: section "${s.id}" names unknown recommendation ID "${r}"`);
      }
      for (const r of p.inlineRecs) if (!isRecommendationId(r)) problems.push(`${file}: <Rec>/<KeyFigure> names unknown recommendation ID "${r}"`);
      for (const c of p.cites) if (!refIds.has(c)) problems.push(`${file}: <Cite id="${c}"> has no entry in meta.references`);
      for (const k of p.exercises) if (!(EXERCISE_KINDS as readonly string[]).includes(k)) problems.push(`${file}: unknown <Exercise kind="${k}">`);
      if (opts.knownDiagrams) for (const d of p.diagrams) if (!opts.knownDiagrams.includes(d)) problems.push(`${file}: <Diagram name="${d}"> is not registered in components/diagrams/index.ts`);
      const ids = p.sections.map((s) => s.id);
      const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (dup.length) problems.push(`${file}: duplicate section ids ${[...new Set(dup)].join(", ")}`);
      if (p.sections.length === 0) problems.push(`${file}: no <Section> found`);
    }
    if (!ok) continue;

    const { nl, en } = parsed;
    const nlIds = nl.sections.map((s) => s.id).join(",");
    const enIds = en.sections.map((s) => s.id).join(",");
    if (nlIds !== enIds) {
      problems.push(`content/modules/${src.slug}: section ids differ between nl.mdx [${nlIds}] and en.mdx [${enIds}] (same ids, same order)`);
      continue;
    }
    if (metas.nl.order !== metas.en.order) problems.push(`content/modules/${src.slug}: meta.order differs between nl (${metas.nl.order}) and en (${metas.en.order})`);
    const recsNl = [...metas.nl.recommendations].sort().join(",");
    const recsEn = [...metas.en.recommendations].sort().join(",");
    if (recsNl !== recsEn) problems.push(`content/modules/${src.slug}: meta.recommendations differ between nl [${recsNl}] and en [${recsEn}]`);

    const sections: SectionInfo[] = nl.sections.map((s, i) => {
      const e = en.sections[i]!;
      if ([...s.recs].sort().join(",") !== [...e.recs].sort().join(",")) {
        problems.push(`content/modules/${src.slug}: section "${s.id}" has recs [${s.recs}] in nl but [${e.recs}] in en`);
      }
      return { id: s.id, recs: [...new Set([...s.recs, ...e.recs])], title: { nl: s.title, en: e.title }, text: { nl: s.text, en: e.text } };
    });
    for (const s of sections) {
      const other = allSectionIds.get(s.id);
      if (other) problems.push(`section id "${s.id}" is used in both ${other} and ${src.slug}`);
      allSectionIds.set(s.id, src.slug);
    }
    const covered = new Set(sections.flatMap((s) => s.recs));
    for (const r of metas.nl.recommendations) {
      if (!covered.has(r)) problems.push(`content/modules/${src.slug}: meta.recommendations lists ${r} but no section has it in recs={[…]}`);
    }
    modules.push({
      slug: src.slug,
      order: metas.nl.order,
      minutes: metas.nl.minutes,
      recommendations: metas.nl.recommendations,
      meta: metas,
      sections,
      exercises: [...new Set([...nl.exercises, ...en.exercises])],
      diagrams: [...new Set([...nl.diagrams, ...en.diagrams])],
    });
  }
  const orders = modules.map((m) => m.order);
  const dupOrders = orders.filter((o, i) => orders.indexOf(o) !== i);
  if (dupOrders.length) problems.push(`two modules share meta.order ${[...new Set(dupOrders)].join(", ")}`);
  if (problems.length) throw new ContentValidationError(problems);
  return modules.sort((a, b) => a.order - b.order);
}
