import type { Reference } from "@/lib/modules/schema";
import styles from "./modules.module.css";

/** A numbered reference marker linking to the module's reference list (meta.references). */
export function Cite({ id, references, label }: { id: string; references: Reference[]; label: (n: number) => string }) {
  const index = references.findIndex((r) => r.id === id);
  if (index < 0) return <span className="badge danger" role="alert">[{id}?]</span>;
  const n = index + 1;
  return (
    <sup className={styles.cite}>
      <a href={`#ref-${id}`} aria-label={label(n)}>[{n}]</a>
    </sup>
  );
}

export function ReferenceList({ references, heading }: { references: Reference[]; heading: string }) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby="references-title">
      <h2 id="references-title">{heading}</h2>
      <ol className={styles.refs}>
        {references.map((r) => (
          <li key={r.id} id={`ref-${r.id}`}>
            {r.text}
            {r.url && (
              <>
                {" "}
                <a href={r.url}>{r.url}</a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
