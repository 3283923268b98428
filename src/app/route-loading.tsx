/** What a lazy route shows while its code arrives. */
export const routeLoading = (
  <p className="loading" role="status">
    Loading…
  </p>
);
