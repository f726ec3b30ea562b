import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { RecBadges } from "./Rec";
import { SectionDoneButton } from "./SectionDoneButton";
import styles from "./modules.module.css";

export type SectionContext = {
  locale: "nl" | "en";
  moduleSlug: string;
  signedIn: boolean;
  doneIds: ReadonlySet<string>;
  labels: { teaches: string; anchor: string; signInToTrack: string };
};

/** A module section: heading with anchor, linked recommendation badges, content, and the done control. */
export function Section({ id, recs = [], title, children, ctx }: { id: string; recs?: string[]; title: string; children?: ReactNode; ctx: SectionContext }) {
  return (
    <section id={id} className={styles.section} aria-labelledby={`${id}-title`} data-section={id}>
      <div className={styles.sectionHead}>
        <h2 id={`${id}-title`}>
          {title}
          <a href={`#${id}`} className={styles.anchor} aria-label={`${ctx.labels.anchor}: ${title}`}>
            #
          </a>
        </h2>
      </div>
      <RecBadges ids={recs} locale={ctx.locale} label={ctx.labels.teaches} />
      {children}
      <div className={styles.sectionFoot}>
        {ctx.signedIn ? (
          <SectionDoneButton moduleSlug={ctx.moduleSlug} sectionId={id} initialDone={ctx.doneIds.has(id)} title={title} />
        ) : (
          <Link href="/sign-in" className="small">
            {ctx.labels.signInToTrack}
          </Link>
        )}
      </div>
    </section>
  );
}
