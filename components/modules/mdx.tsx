import type { ReactNode } from "react";
import type { MDXComponents } from "mdx/types";
import type { Reference } from "@/lib/modules/schema";
import { Callout, type CalloutType } from "./Callout";
import { Cite } from "./Cite";
import { Diagram } from "./Diagram";
import { Exercise } from "./Exercise";
import { KeyFigure } from "./KeyFigure";
import { Rec } from "./Rec";
import { Reflect } from "./Reflect";
import { Section, type SectionContext } from "./Section";

export type ModuleLabels = {
  teaches: string;
  anchor: string;
  signInToTrack: string;
  keyFigure: string;
  reflect: string;
  reflectShow: string;
  modelAnswer: string;
  callout: Record<CalloutType, string>;
  cite: (n: number) => string;
  unknownDiagram: (name: string) => string;
};

/**
 * The components of the module contract (BRIEF.md "Modules"), bound to one page: its language, its
 * module, the reader's progress and the module's references.
 */
export function moduleComponents(ctx: { locale: "nl" | "en"; moduleSlug: string; signedIn: boolean; doneIds: ReadonlySet<string>; references: Reference[]; labels: ModuleLabels }): MDXComponents {
  const { locale, labels } = ctx;
  const sectionCtx: SectionContext = { locale, moduleSlug: ctx.moduleSlug, signedIn: ctx.signedIn, doneIds: ctx.doneIds, labels: { teaches: labels.teaches, anchor: labels.anchor, signInToTrack: labels.signInToTrack } };
  return {
    Section: (p: { id: string; recs?: string[]; title: string; children?: ReactNode }) => <Section {...p} ctx={sectionCtx} />,
    Rec: ({ id }: { id: string }) => <Rec id={id} locale={locale} />,
    Callout: (p: { type?: CalloutType; title?: string; children?: ReactNode }) => <Callout {...p} fallbackTitle={labels.callout[p.type ?? "info"] ?? labels.callout.info} />,
    KeyFigure: (p: { value: string; label: string; recs?: string[] }) => <KeyFigure {...p} locale={locale} kicker={labels.keyFigure} />,
    Reflect: (p: { question: string; children?: ReactNode }) => <Reflect {...p} labels={{ reflect: labels.reflect, show: labels.reflectShow, model: labels.modelAnswer }} />,
    Exercise: ({ kind }: { kind: string }) => <Exercise kind={kind} />,
    Diagram: ({ name }: { name: string }) => <Diagram name={name} locale={locale} unknownLabel={labels.unknownDiagram(name)} />,
    Cite: ({ id }: { id: string }) => <Cite id={id} references={ctx.references} label={labels.cite} />,
    table: (p) => (
      <div className="table-scroll">
        <table {...p} />
      </div>
    ),
  };
}
