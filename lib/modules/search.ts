/**
 * Full-text search over module sections in both languages (MiniSearch, built on the server from the
 * parsed MDX). One document per section holds its Dutch and English title and text, so a Dutch term
 * finds the section on the English page and the other way round. Diacritics and case are ignored.
 */
import MiniSearch from "minisearch";
import type { ModuleInfo } from "./build";
import type { ContentLocale } from "./schema";

type SectionDoc = { id: string; moduleSlug: string; sectionId: string; title_nl: string; title_en: string; text_nl: string; text_en: string; recs: string };

export type SearchHit = {
  moduleSlug: string;
  moduleOrder: number;
  moduleTitle: string;
  sectionId: string;
  sectionTitle: string;
  recs: string[];
  snippet: string;
  /** folded terms that matched, for highlighting */
  terms: string[];
  score: number;
};

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export function buildSearchIndex(modules: readonly ModuleInfo[]) {
  const mini = new MiniSearch<SectionDoc>({
    fields: ["title_nl", "title_en", "text_nl", "text_en", "recs"],
    storeFields: ["moduleSlug", "sectionId"],
    processTerm: (term) => {
      const t = fold(term);
      return t.length > 1 ? t : null;
    },
    tokenize: (text) => text.split(/[^\p{L}\p{N}-]+/u).flatMap((w) => (w.includes("-") ? [w, ...w.split("-")] : [w])).filter(Boolean),
    searchOptions: { boost: { title_nl: 3, title_en: 3, recs: 4 }, prefix: (term) => term.length >= 3, fuzzy: (term) => (term.length >= 5 ? 0.2 : false), combineWith: "AND" },
  });
  const docs: SectionDoc[] = modules.flatMap((m) =>
    m.sections.map((s) => ({
      id: `${m.slug}#${s.id}`,
      moduleSlug: m.slug,
      sectionId: s.id,
      title_nl: s.title.nl,
      title_en: s.title.en,
      text_nl: s.text.nl,
      text_en: s.text.en,
      recs: s.recs.join(" "),
    })),
  );
  mini.addAll(docs);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const modulesBySlug = new Map(modules.map((m) => [m.slug, m]));

  return {
    size: docs.length,
    search(query: string, locale: ContentLocale, limit = 30): SearchHit[] {
      const q = query.trim();
      if (q.length < 2) return [];
      let results = mini.search(q);
      if (results.length === 0) results = mini.search(q, { combineWith: "OR" });
      return results.slice(0, limit).map((r) => {
        const doc = byId.get(String(r.id))!;
        const mod = modulesBySlug.get(doc.moduleSlug)!;
        const terms = [...new Set([...r.terms, ...q.split(/\s+/)].map(fold))];
        const other: ContentLocale = locale === "nl" ? "en" : "nl";
        // Prefer a snippet in the page's language; fall back to the other language when only it matched.
        const snippet = makeSnippet(doc[`text_${locale}`], terms) ?? makeSnippet(doc[`text_${other}`], terms) ?? doc[`text_${locale}`].slice(0, 200);
        return {
          moduleSlug: doc.moduleSlug,
          moduleOrder: mod.order,
          moduleTitle: mod.meta[locale].title,
          sectionId: doc.sectionId,
          sectionTitle: doc[`title_${locale}`],
          recs: doc.recs.split(" ").filter(Boolean),
          snippet,
          terms,
          score: r.score,
        };
      });
    },
  };
}

/** ~200 characters around the first matching term, or null when none of the terms occurs in the text. */
export function makeSnippet(text: string, terms: string[], radius = 100): string | null {
  const folded = fold(text);
  let at = -1;
  for (const term of terms) {
    if (term.length < 2) continue;
    const i = folded.indexOf(term);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return null;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius);
  return `${start > 0 ? "… " : ""}${text.slice(start, end).replace(/\s+/g, " ").trim()}${end < text.length ? " …" : ""}`;
}

let cached: { modules: readonly ModuleInfo[]; index: ReturnType<typeof buildSearchIndex> } | null = null;

/** The index for the current module list, rebuilt only when the list object changes (content edited). */
export function searchIndexFor(modules: readonly ModuleInfo[]) {
  if (cached?.modules !== modules) cached = { modules, index: buildSearchIndex(modules) };
  return cached.index;
}

/** Splits text into plain and highlighted parts for the matched (folded) terms, ignoring case and accents. */
export function highlightParts(text: string, terms: readonly string[]): { text: string; hit: boolean }[] {
  const folded = fold(text);
  // Folding can change the length of a string (ß, ligatures); then highlighting is skipped.
  if (folded.length !== text.length) return [{ text, hit: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (term.length < 2) continue;
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + term.length)) marks.fill(true, i, i + term.length);
  }
  const parts: { text: string; hit: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.hit === marks[i]) last.text += text[i];
    else parts.push({ text: text[i]!, hit: marks[i]! });
  }
  return parts;
}
