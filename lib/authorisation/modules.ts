import fs from "node:fs";
import path from "node:path";
import { REQUIRED_MODULES } from "./rule";

/**
 * Section ids of modules M1–M7, read from content/modules/<slug>/nl.mdx (`<Section id="…">`), as the
 * brief allows until lib/modules' listModules() is on main. A missing module yields no sections, which
 * the rule treats as not completed (never as vacuously complete).
 */
export function requiredModuleSections(dir = path.join(process.cwd(), "content", "modules")): { slug: string; sections: string[] }[] {
  return REQUIRED_MODULES.map((slug) => {
    const file = path.join(dir, slug, "nl.mdx");
    if (!fs.existsSync(file)) return { slug, sections: [] };
    const source = fs.readFileSync(file, "utf8");
    const ids = [...source.matchAll(/<Section\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
    return { slug, sections: [...new Set(ids)] };
  });
}
