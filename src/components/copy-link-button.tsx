import { useEffect, useState } from "react";
import { useLocation } from "react-router";

type CopyResult = { view: string; outcome: "copied" | "failed"; address: string };

/**
 * Copies the address of what is on screen: the meeting, achievement, slide and filters all live in
 * it. Where the clipboard is refused, the address is shown instead, selected whole by one click.
 */
export function CopyLinkButton() {
  const location = useLocation();
  const view = `${location.pathname}${location.search}${location.hash}`;
  const [result, setResult] = useState<CopyResult | undefined>(undefined);
  // A message about another view's link would mislead, so a result only shows on its own view.
  const shown = result?.view === view ? result : undefined;

  useEffect(() => {
    if (result?.outcome !== "copied") return;
    const timer = window.setTimeout(() => {
      setResult(undefined);
    }, 4000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [result]);

  function copy() {
    const address = window.location.href;
    const failed = () => {
      setResult({ view, outcome: "failed", address });
    };
    if (!("clipboard" in navigator)) {
      failed();
      return;
    }
    navigator.clipboard.writeText(address).then(() => {
      setResult({ view, outcome: "copied", address });
    }, failed);
  }

  return (
    <span className="copy-link">
      <button type="button" className="button copy-link__button" onClick={copy}>
        Copy link
      </button>
      <span className="copy-link__status" role="status">
        {shown?.outcome === "copied" ? "Link copied" : null}
        {shown?.outcome === "failed" ? (
          <>
            Copying was not allowed; the address is{" "}
            <span className="copy-link__address">{shown.address}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}
