/**
 * Reads one module MDX file into plain data: its `meta` export, its <Section> elements (id, title, recs,
 * plain text for search) and the components it uses. The file is parsed with the MDX parser itself
 * (mdast + estree), never with regular expressions, so odd formatting cannot hide a section or an ID.
 * Pure: takes the source text, touches no files.
 */
import { createProcessor } from "@mdx-js/mdx";
import type { Expression, Node as EsNode } from "estree";
import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";

export class ContentError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "ContentError";
  }
}

export type ParsedSection = { id: string; title: string; recs: string[]; text: string };
export type ParsedModuleFile = {
  meta: unknown;
  sections: ParsedSection[];
  /** <Rec id>, <KeyFigure recs> and the like found anywhere in the file */
  inlineRecs: string[];
  exercises: string[];
  diagrams: string[];
  cites: string[];
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;

const processor = createProcessor({ format: "mdx" });

/** Turns a literal-only estree expression (objects, arrays, strings, numbers …) into a value. */
export function literalValue(node: EsNode, file: string): unknown {
  switch (node.type) {
    case "Literal":
      return node.value;
    case "TemplateLiteral":
      if (node.expressions.length > 0) throw new ContentError(file, "template literals with ${…} are not allowed in meta");
      return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join("");
    case "UnaryExpression":
      if (node.operator === "-" && node.argument.type === "Literal" && typeof node.argument.value === "number") return -node.argument.value;
      break;
    case "ArrayExpression":
      return node.elements.map((el) => {
        if (!el || el.type === "SpreadElement") throw new ContentError(file, "holes and spreads are not allowed in meta arrays");
        return literalValue(el, file);
      });
    case "ObjectExpression": {
      const out: Record<string, unknown> = {};
      for (const prop of node.properties) {
        if (prop.type !== "Property" || prop.computed || prop.kind !== "init") throw new ContentError(file, "meta may only contain plain properties");
        const key = prop.key.type === "Identifier" ? prop.key.name : prop.key.type === "Literal" ? String(prop.key.value) : null;
        if (key === null) throw new ContentError(file, "unsupported key in meta");
        out[key] = literalValue(prop.value, file);
      }
      return out;
    }
  }
  throw new ContentError(file, `only literal values are allowed here (found ${node.type})`);
}

function attr(el: JsxElement, name: string): MdxJsxAttribute | undefined {
  return el.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
}

function stringAttr(el: JsxElement, name: string, file: string): string | undefined {
  const a = attr(el, name);
  if (!a) return undefined;
  if (typeof a.value === "string") return a.value;
  const value = expressionValue(a, file);
  if (typeof value !== "string") throw new ContentError(file, `<${el.name} ${name}> must be a string`);
  return value;
}

function expressionValue(a: MdxJsxAttribute, file: string): unknown {
  if (a.value === null || a.value === undefined) return true;
  if (typeof a.value === "string") return a.value;
  const program = a.value.data?.estree;
  const stmt = program?.body[0];
  if (!stmt || stmt.type !== "ExpressionStatement") throw new ContentError(file, `cannot read the value of ${a.name}={…}`);
  return literalValue(stmt.expression as Expression, file);
}

function stringArrayAttr(el: JsxElement, name: string, file: string): string[] | undefined {
  const a = attr(el, name);
  if (!a) return undefined;
  const value = expressionValue(a, file);
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new ContentError(file, `<${el.name} ${name}={[…]}> must be an array of strings`);
  }
  return value as string[];
}

function isJsx(node: AnyNode): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/** Text of a subtree for search: markdown text plus human-readable attributes (titles, questions, labels). */
function searchText(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode) => {
    // The section's own title is indexed separately.
    if (isJsx(n) && n !== node) {
      for (const a of n.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
        if (a.type === "mdxJsxAttribute" && typeof a.value === "string" && ["title", "question", "label", "value"].includes(a.name)) parts.push(a.value);
      }
    }
    if (n.type === "text" || n.type === "inlineCode") parts.push(n.value);
    if ("children" in n) for (const c of n.children as AnyNode[]) walk(c);
    if (n.type === "paragraph" || n.type === "heading" || n.type === "listItem") parts.push("\n");
  };
  walk(node);
  return parts.join(" ").replace(/[ \t]+/g, " ").replace(/\s*\n\s*/g, "\n").trim();
}

export function parseModuleSource(source: string, file: string): ParsedModuleFile {
  let tree: Root;
  try {
    tree = processor.parse(source) as Root;
  } catch (err) {
    throw new ContentError(file, `MDX does not parse: ${(err as Error).message}`);
  }

  let meta: unknown = undefined;
  const sections: ParsedSection[] = [];
  const inlineRecs: string[] = [];
  const exercises: string[] = [];
  const diagrams: string[] = [];
  const cites: string[] = [];

  for (const node of tree.children) {
    if (node.type !== "mdxjsEsm") continue;
    for (const stmt of node.data?.estree?.body ?? []) {
      if (stmt.type !== "ExportNamedDeclaration" || stmt.declaration?.type !== "VariableDeclaration") continue;
      for (const decl of stmt.declaration.declarations) {
        if (decl.id.type === "Identifier" && decl.id.name === "meta" && decl.init) meta = literalValue(decl.init, file);
      }
    }
  }
  if (meta === undefined) throw new ContentError(file, "missing `export const meta = {…}`");

  const walk = (node: AnyNode, inSection: ParsedSection | null) => {
    let current = inSection;
    if (isJsx(node)) {
      switch (node.name) {
        case "Section": {
          if (inSection) throw new ContentError(file, `<Section> "${stringAttr(node, "id", file)}" is nested inside "${inSection.id}"`);
          const id = stringAttr(node, "id", file);
          const title = stringAttr(node, "title", file);
          const recs = stringArrayAttr(node, "recs", file) ?? [];
          if (!id) throw new ContentError(file, "a <Section> has no id");
          if (!title) throw new ContentError(file, `<Section id="${id}"> has no title`);
          current = { id, title, recs, text: "" };
          current.text = searchText(node);
          sections.push(current);
          break;
        }
        case "Rec": {
          const id = stringAttr(node, "id", file);
          if (!id) throw new ContentError(file, "a <Rec> has no id");
          inlineRecs.push(id);
          break;
        }
        case "KeyFigure":
          inlineRecs.push(...(stringArrayAttr(node, "recs", file) ?? []));
          break;
        case "Exercise": {
          const kind = stringAttr(node, "kind", file);
          if (!kind) throw new ContentError(file, "an <Exercise> has no kind");
          exercises.push(kind);
          break;
        }
        case "Diagram": {
          const name = stringAttr(node, "name", file);
          if (!name) throw new ContentError(file, "a <Diagram> has no name");
          diagrams.push(name);
          break;
        }
        case "Cite": {
          const id = stringAttr(node, "id", file);
          if (!id) throw new ContentError(file, "a <Cite> has no id");
          cites.push(id);
          break;
        }
      }
    }
    if ("children" in node) for (const child of node.children as AnyNode[]) walk(child, current);
  };
  walk(tree, null);

  return { meta, sections, inlineRecs, exercises, diagrams, cites };
}
