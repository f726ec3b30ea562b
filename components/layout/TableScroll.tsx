import type { ReactNode } from "react";

/**
 * A horizontally scrollable box for wide tables. It is a labelled, focusable region so keyboard
 * users can scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
