import "./skip-link.css";
import { sharedText } from "./first-screen-messages";

export function SkipLink({ target }: { target: string }) {
  return (
    <a className="skip-link" href={`#${target}`}>
      {sharedText().skipToContent()}
    </a>
  );
}
