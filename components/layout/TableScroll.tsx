import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/**
 * A horizontally scrollable box for wide tables. It is a labelled, focusable region so keyboard
 * users can scroll it with the arrow keys (axe: scrollable-region-focusable). The label is prefixed
 * ("Table: …") so it never repeats the name of the section around it (axe: landmark-unique).
 */
export async function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="table-scroll" role="region" aria-label={t("tableRegion", { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}
