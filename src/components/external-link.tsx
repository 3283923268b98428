import type { ReactNode } from "react";
import { partsText } from "./part-messages";

/**
 * Only http: and https: addresses become links; anything else (javascript:, data:, …) from a
 * dataset is shown as inert text, so a hostile file cannot smuggle script through an href.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isWebAddress(href)) return <span>{children}</span>;
  return (
    <a href={href} rel="noreferrer noopener" target="_blank">
      {children}
      <span className="visually-hidden"> {partsText().opensInNewTab()}</span>
    </a>
  );
}

export function isWebAddress(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
