import "./region-error.css";

/** What a region shows in place of itself when it fails: what broke, and a way to try again. */
export function RegionError({
  region,
  error,
  onRetry,
}: {
  region: string;
  error: Error;
  onRetry: () => void;
}) {
  return (
    <div className="region-error" role="alert">
      <p>
        The {region} could not be shown: {error.message}
      </p>
      <p>The rest of the page still works.</p>
      <button type="button" className="button button--small" onClick={onRetry}>
        Try the {region} again
      </button>
    </div>
  );
}
