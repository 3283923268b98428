import { useState } from "react";
import { shareableAddress } from "../data/opened-dataset";
import "./copy-link-button.css";
import { partsText } from "./part-messages";

/**
 * Copies the address of what is on screen: the meeting, achievement, slide and filters all live in
 * it. Where the clipboard is refused, the address is shown instead, selected whole by one click.
 * Give it a `key` per view, so that a message never outlives the view it was about.
 */
export function CopyLinkButton() {
  const [copied, setCopied] = useState<boolean | string>(false);
  function copy() {
    const address = shareableAddress(window.location.href);
    // Where there is no clipboard at all (a page not served securely), the call throws: that is a refusal too.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(address))
      .then(
        () => {
          setCopied(true);
          window.setTimeout(() => {
            setCopied(false);
          }, 4000);
        },
        () => {
          setCopied(address);
        },
      );
  }
  return (
    <span className="copy-link">
      <button type="button" className="button copy-link__button" onClick={copy}>
        {partsText().copyLink()}
      </button>
      <span className="copy-link__status" role="status">
        {copied === true ? partsText().linkCopied() : null}
        {typeof copied === "string" ? (
          <>
            {partsText().copyRefused()} <span className="copy-link__address">{copied}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}
