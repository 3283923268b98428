import type { ReactNode } from "react";
import "./facts-list.css";

/**
 * A list of facts as label–value pairs (`<dt>` / `<dd>` children), laid out as two columns. The
 * details panel, the co-chairs and the handout share it. `compact` sets it a size smaller.
 */
export function FactsList({
  compact = false,
  children,
}: {
  compact?: boolean;
  children: ReactNode;
}) {
  return <dl className={compact ? "facts facts--compact" : "facts"}>{children}</dl>;
}
