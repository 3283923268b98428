import { useState, type ReactNode } from "react";

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
  return (
    <details
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
