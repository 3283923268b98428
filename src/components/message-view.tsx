import { useEffect, useRef, type ReactNode } from "react";
import "./message-view.css";
import { sharedText } from "./first-screen-messages";

/**
 * A full-region message (not found, error) whose heading takes focus, so keyboard and
 * screen-reader users land on the explanation rather than on a vanished control.
 */
export function MessageView({
  title,
  children,
  tone = "info",
}: {
  title: string;
  children: ReactNode;
  tone?: "info" | "error";
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(function focusHeading() {
    heading.current?.focus();
  }, []);
  return (
    <section className={`message-view message-view--${tone}`} aria-labelledby="message-view-title">
      <title>{sharedText().pageTitle({ site: sharedText().siteTitle(), title })}</title>
      <h2 id="message-view-title" ref={heading} tabIndex={-1}>
        {tone === "error" ? (
          <span className="message-view__icon" aria-hidden="true">
            ⚠{" "}
          </span>
        ) : null}
        {title}
      </h2>
      {children}
    </section>
  );
}
