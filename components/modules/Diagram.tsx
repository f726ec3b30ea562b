import { DIAGRAMS, isDiagramName } from "@/components/diagrams";
import styles from "./modules.module.css";

/** Renders a registered diagram in the page's language; an unknown name shows a visible error (and a unit test fails). */
export function Diagram({ name, locale, unknownLabel }: { name: string; locale: "nl" | "en"; unknownLabel: string }) {
  if (!isDiagramName(name)) {
    return (
      <div className="alert error" role="alert" data-diagram-error={name}>
        {unknownLabel}
      </div>
    );
  }
  const Component = DIAGRAMS[name];
  return (
    <div className={styles.diagram} data-diagram={name}>
      <Component lang={locale} />
    </div>
  );
}
