import { appHomeHref } from "../data/app-mode";
import "./message-view.css";
import { sharedText } from "./first-screen-messages";

/** The last line of defence when rendering throws: plain markup, no data, a way back. */
export function CrashView({ error }: { error: Error }) {
  return (
    <section className="message-view message-view--error" role="alert">
      <h2>{sharedText().crashHeading()}</h2>
      <p>{sharedText().crashText({ message: error.message })}</p>
      <p>
        <a href={appHomeHref()}>{sharedText().crashReload()}</a>
      </p>
    </section>
  );
}
