import "./region-error.css";
import { sharedText } from "./first-screen-messages";

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
      <p>{sharedText().regionFailed({ region, message: error.message })}</p>
      <p>{sharedText().restStillWorks()}</p>
      <button type="button" className="button button--small" onClick={onRetry}>
        {sharedText().regionRetry({ region })}
      </button>
    </div>
  );
}
