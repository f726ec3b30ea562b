/// <reference types="mdx" />
import type { MDXComponents } from "mdx/types";

/**
 * Required by @next/mdx. Module pages pass their own bound components (components/modules/mdx.tsx:
 * Section, Rec, Callout, KeyFigure, Reflect, Exercise, Diagram, Cite) through the `components` prop,
 * because those need the page's language, module and the reader's progress.
 */
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components };
}
