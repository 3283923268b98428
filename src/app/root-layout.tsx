import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { SkipLink } from "../components/skip-link";
import { FontSizeControl } from "../features/font-size/font-size-control";
import { GuardedOutlet } from "./guarded-outlet";

// Fetched at once, beside the page's own code, but kept out of the first screen's bytes; until it
// arrives a same-sized inert button holds its place, so nothing moves.
const loadCopyLink = () => import("../components/copy-link-button");
void loadCopyLink();
const CopyLinkButton = lazy(async () => ({ default: (await loadCopyLink()).CopyLinkButton }));

export function RootLayout() {
  return (
    <>
      <SkipLink target="main" />
      <header className="site-header">
        <h1 className="site-header__title">
          <Link to="/">ASEAN–Japan Cybersecurity Policy Meetings</Link>
        </h1>
        <nav className="site-header__actions" aria-label="Share and print">
          <Link className="site-header__link" to="/handout">
            Handout &amp; export
          </Link>
          <Suspense
            fallback={
              <button type="button" className="button copy-link__button" disabled>
                Copy link
              </button>
            }
          >
            <CopyLinkButton />
          </Suspense>
        </nav>
        <FontSizeControl />
      </header>
      <main id="main" tabIndex={-1}>
        <GuardedOutlet />
      </main>
    </>
  );
}
