import { appHomeHref } from "../data/app-mode";
import "./message-view.css";

/** The last line of defence when rendering throws: plain markup, no data, a way back. */
export function CrashView({ error }: { error: Error }) {
  return (
    <section className="message-view message-view--error" role="alert">
      <h2>Something went wrong</h2>
      <p>This part of the app hit an error it could not recover from: {error.message}</p>
      <p>
        <a href={appHomeHref()}>Reload the overview</a>
      </p>
    </section>
  );
}
