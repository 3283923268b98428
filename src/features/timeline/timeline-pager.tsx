import { useId } from "react";
import type { TimelinePage } from "./timeline-pages";
import { controlsText } from "./control-messages";

function entriesLabel(page: TimelinePage): string {
  return controlsText().pageOption({ year: page.label, count: page.end - page.start });
}

/**
 * One year back or on. It stays focusable at either end (marked unavailable instead of disabled),
 * so pressing it repeatedly never drops focus to the page.
 */
function StepButton({
  direction,
  target,
  onShow,
}: {
  direction: "previous" | "next";
  target: TimelinePage | undefined;
  onShow: () => void;
}) {
  const text = controlsText();
  const label = target?.label ?? (direction === "previous" ? text.noneBefore() : text.noneAfter());
  return (
    <button
      type="button"
      className="button button--small"
      aria-disabled={target === undefined}
      onClick={() => {
        if (target !== undefined) onShow();
      }}
    >
      {direction === "previous" ? <span aria-hidden="true">← </span> : null}
      <span className="visually-hidden">
        {direction === "previous" ? text.previousYear() : text.nextYear()}
      </span>{" "}
      {label}
      {direction === "next" ? <span aria-hidden="true"> →</span> : null}
    </button>
  );
}

/** Chooses the year a long timeline shows: a list of the years, and a step either way. */
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
    <div className="timeline-pager" role="group" aria-label={controlsText().yearShown()}>
      <div className="timeline-pager__field">
        <label htmlFor={id}>{controlsText().year()}</label>
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
      <StepButton
        direction="previous"
        target={previous}
        onShow={() => {
          onShow(current - 1);
        }}
      />
      <StepButton
        direction="next"
        target={next}
        onShow={() => {
          onShow(current + 1);
        }}
      />
    </div>
  );
}
