import { listModules } from "@/lib/modules";
import { REQUIRED_MODULES } from "./rule";

/**
 * Section ids of modules M1–M7 from the module index (lib/modules: the `<Section id>`s of each module's
 * MDX, validated there). A missing module yields no sections, which the rule treats as not completed
 * (never as vacuously complete).
 */
export function requiredModuleSections(): { slug: string; sections: string[] }[] {
  const modules = listModules();
  return REQUIRED_MODULES.map((slug) => ({ slug, sections: modules.find((m) => m.slug === slug)?.sections.map((s) => s.id) ?? [] }));
}
