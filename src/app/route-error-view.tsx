import { isRouteErrorResponse, useRouteError } from "react-router";

/** The last line of defence: something threw while rendering. Plain markup, no data hooks. */
export function RouteErrorView() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : "Unknown error";
  return (
    <main id="main" className="message-view message-view--error">
      <h1>Something went wrong</h1>
      <p>The app hit an error it could not recover from: {detail}</p>
      <p>
        <a href="/">Reload the overview</a>
      </p>
    </main>
  );
}
