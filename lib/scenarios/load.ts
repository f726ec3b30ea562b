import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { scenarioSchema, type Scenario } from "./schema";

/** content/scenarios/*.json, read synchronously once per process (the files ship with the build). */
export class ScenarioFileError extends Error {}

/** Validates every file; throws with the file name and the zod issues when one is wrong. */
export function parseScenarioFiles(files: { name: string; json: string }[]): Scenario[] {
  const scenarios: Scenario[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(file.json);
    } catch (err) {
      throw new ScenarioFileError(`${file.name}: not valid JSON (${(err as Error).message})`);
    }
    const parsed = scenarioSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
      throw new ScenarioFileError(`${file.name}: ${issues}`);
    }
    const expectedName = `${parsed.data.id}.json`;
    if (file.name !== expectedName) throw new ScenarioFileError(`${file.name}: the file must be named after its id (${expectedName})`);
    const other = seen.get(parsed.data.id);
    if (other) throw new ScenarioFileError(`${file.name}: id ${parsed.data.id} is also used by ${other}`);
    seen.set(parsed.data.id, file.name);
    scenarios.push(parsed.data);
  }
  return scenarios.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

let cache: Scenario[] | null = null;

export function loadScenarios(): Scenario[] {
  if (cache) return cache;
  // Paths written out in full so the build traces content/scenarios only, not the whole project.
  const names = fs.readdirSync(path.join(process.cwd(), "content", "scenarios")).filter((n) => n.endsWith(".json")).sort();
  cache = parseScenarioFiles(names.map((name) => ({ name, json: fs.readFileSync(path.join(process.cwd(), "content", "scenarios", name), "utf8") })));
  return cache;
}

export function getScenario(id: string): Scenario | undefined {
  return loadScenarios().find((s) => s.id === id);
}

/** Content hash of a scenario (first 16 hex of sha256 over its canonical JSON): stored with responses. */
export function scenarioVersion(s: Scenario): string {
  return createHash("sha256").update(canonicalJson(s)).digest("hex").slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
