import { sharedText } from "../components/first-screen-messages";

/** What a lazy route shows while its code arrives. */
export function RouteLoading() {
  return (
    <p className="loading" role="status">
      {sharedText().loading()}
    </p>
  );
}
