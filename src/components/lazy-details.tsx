import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A `<details>` whose content is built only once it is opened, so a long list or table that most
 * readers never open costs nothing on the page (find-in-page cannot reach it while closed).
 */
export function LazyDetails({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const element = useRef<HTMLDetailsElement>(null);
  // A prerendered page can be opened before its script has run: the browser opens it, but the
  // toggle happened before React was listening. Once hydrated, follow what the page shows.
  useEffect(function followAnEarlyToggle() {
    if (element.current?.open === true) setOpen(true);
  }, []);
  return (
    <details
      ref={element}
      className={className}
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
