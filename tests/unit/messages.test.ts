import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/i18n/namespaces";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}
const load = (locale: string, ns: string) => JSON.parse(fs.readFileSync(path.join("messages", locale, `${ns}.json`), "utf8"));

describe("translations", () => {
  it.each(NAMESPACES)("namespace %s has the same keys in Dutch and English, none empty", (ns) => {
    const nl = load("nl", ns);
    const en = load("en", ns);
    expect(keys(nl).sort()).toEqual(keys(en).sort());
    for (const k of keys(nl)) {
      const get = (o: Record<string, unknown>) => k.split(".").reduce<unknown>((acc, part) => (acc as Record<string, unknown>)[part], o);
      expect(String(get(nl)).trim(), `nl ${ns}.${k}`).not.toBe("");
      expect(String(get(en)).trim(), `en ${ns}.${k}`).not.toBe("");
    }
  });
  it("every message file belongs to a registered namespace", () => {
    for (const locale of ["nl", "en"]) {
      const files = fs.readdirSync(path.join("messages", locale)).map((f) => f.replace(/\.json$/, ""));
      expect(files.sort()).toEqual([...NAMESPACES].sort());
    }
  });
});
