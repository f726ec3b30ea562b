/**
 * The module index, read from content/modules/<slug>/{nl,en}.mdx on the server (no generated file to
 * go stale: a fresh clone works for `next build`, `npm start` and the tests). The result is cached and
 * rebuilt only when a file's modification time changes. Invalid content throws ContentValidationError,
 * which fails `next build` (the module pages call this while prerendering) and the unit tests.
 * The server runs from the checkout, so the file accesses are excluded from Turbopack's output tracing.
 */
import fs from "node:fs";
import path from "node:path";
import { buildModuleIndex, type ModuleInfo, type ModuleSource, type SectionInfo } from "./build";
import { MODULE_SLUGS } from "./schema";

export type { ModuleInfo, SectionInfo } from "./build";
export { ContentValidationError } from "./build";
export { MODULE_SLUGS, EXERCISE_KINDS, type ContentLocale, type ModuleMeta, type Reference } from "./schema";

export const CONTENT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "content", "modules");

let cache: { key: string; modules: ModuleInfo[] } | null = null;

/** Slugs that have a folder with both language files (the fixed slugs first, in their order). */
export function presentModuleSlugs(dir = CONTENT_DIR): string[] {
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  const found = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((slug) => fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, slug, "nl.mdx")) || fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, slug, "en.mdx")));
  return found.sort();
}

export function readModuleSources(dir = CONTENT_DIR): ModuleSource[] {
  return presentModuleSlugs(dir).map((slug) => {
    const read = (locale: string) => {
      const file = path.join(dir, slug, `${locale}.mdx`);
      if (!fs.existsSync(/*turbopackIgnore: true*/ file)) throw new Error(`content/modules/${slug}/${locale}.mdx is missing (both languages are required)`);
      return fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8");
    };
    return { slug, nl: read("nl"), en: read("en") };
  });
}

function cacheKey(dir: string): string {
  return presentModuleSlugs(dir)
    .flatMap((slug) => ["nl", "en"].map((l) => {
      const file = path.join(dir, slug, `${l}.mdx`);
      return fs.existsSync(/*turbopackIgnore: true*/ file) ? `${slug}/${l}:${fs.statSync(/*turbopackIgnore: true*/ file).mtimeMs}` : `${slug}/${l}:-`;
    }))
    .join("|");
}

/** All modules present, ordered by meta.order. */
export function listModules(): ModuleInfo[] {
  const key = cacheKey(CONTENT_DIR);
  if (cache?.key !== key) cache = { key, modules: buildModuleIndex(readModuleSources(CONTENT_DIR)) };
  return cache.modules;
}

export function getModule(slug: string): ModuleInfo | undefined {
  return listModules().find((m) => m.slug === slug);
}

export type SectionRef = { moduleSlug: string; moduleOrder: number; moduleTitle: { nl: string; en: string }; section: SectionInfo };

/** Every module section whose recs name the recommendation. */
export function sectionsTeaching(recId: string): SectionRef[] {
  return listModules().flatMap((m) =>
    m.sections
      .filter((s) => s.recs.includes(recId))
      .map((section) => ({ moduleSlug: m.slug, moduleOrder: m.order, moduleTitle: { nl: m.meta.nl.title, en: m.meta.en.title }, section })),
  );
}

/** Neighbours in course order, for prev/next links. */
export function moduleNeighbours(slug: string): { prev?: ModuleInfo; next?: ModuleInfo } {
  const all = listModules();
  const i = all.findIndex((m) => m.slug === slug);
  if (i < 0) return {};
  return { prev: all[i - 1], next: all[i + 1] };
}

/** The fixed slugs with no content yet (shown by the coverage test so the gap is named). */
export function missingModuleSlugs(): string[] {
  const present = new Set(presentModuleSlugs());
  return MODULE_SLUGS.filter((s) => !present.has(s));
}
