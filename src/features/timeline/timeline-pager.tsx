import { useId } from "react";
import type { TimelinePage } from "./timeline-pages";

function entriesLabel(page: TimelinePage): string {
  const count = page.end - page.start;
  return `${page.label} — ${count} ${count === 1 ? "entry" : "entries"}`;
}

/**
 * Chooses the year a long timeline shows. The step buttons stay focusable at either end (marked
 * unavailable instead of disabled), so pressing one repeatedly never drops focus to the page.
 */
export function TimelinePager({
  pages,
  current,
  onShow,
}: {
  pages: readonly TimelinePage[];
  current: number;
  onShow: (page: number) => void;
}) {
  const id = useId();
  const previous = pages[current - 1];
  const next = pages[current + 1];
  return (
    <div className="timeline-pager" role="group" aria-label="Year shown">
      <div className="timeline-pager__field">
        <label htmlFor={id}>Year</label>
        <select
          id={id}
          value={current}
          onChange={(event) => {
            onShow(Number(event.target.value));
          }}
        >
          {pages.map((page, i) => (
            <option key={page.start} value={i}>
              {entriesLabel(page)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--small"
        aria-disabled={previous === undefined}
        onClick={() => {
          if (previous !== undefined) onShow(current - 1);
        }}
      >
        <span aria-hidden="true">←</span> <span className="visually-hidden">Previous year:</span>{" "}
        {previous?.label ?? "none before"}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-disabled={next === undefined}
        onClick={() => {
          if (next !== undefined) onShow(current + 1);
        }}
      >
        <span className="visually-hidden">Next year:</span> {next?.label ?? "none after"}{" "}
        <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
