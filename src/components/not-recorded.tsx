import type { ReactNode } from "react";

/** Shows a value, or says plainly that the sources do not record it. */
export function OrNotRecorded<T>({
  value,
  children,
}: {
  value: T | "not recorded";
  children: (value: T) => ReactNode;
}) {
  if (value === "not recorded") return <NotRecorded />;
  return <>{children(value)}</>;
}

export function NotRecorded({ what }: { what?: string }) {
  return (
    <span className="not-recorded">
      {what === undefined ? "Not recorded" : `${what} not recorded`}
    </span>
  );
}
