import { StableLink } from "../components/stable-link";
import { useLocation } from "react-router";
import { CopyLinkButton } from "../components/copy-link-button";
import { SkipLink } from "../components/skip-link";
import { FontSizeControl } from "../features/font-size/font-size-control";
import { DatasetBanner } from "../features/open-dataset/dataset-banner";
import { OpenDatasetControl } from "../features/open-dataset/open-dataset-control";
import { GuardedOutlet } from "./guarded-outlet";
import { useSearchKey } from "./use-search-key";

/** Keyed by the view: a message about another view's link would mislead. */
function CopyLinkForView() {
  const { pathname, search } = useLocation();
  return <CopyLinkButton key={pathname + search} />;
}

/** The timeline's filter goes with it, so the handout can hold what the timeline shows. */
function HandoutLinkForView() {
  const { search } = useLocation();
  const filter = new URLSearchParams(search);
  for (const key of [...filter.keys()])
    if (!["host", "from", "to"].includes(key)) filter.delete(key);
  return (
    <StableLink
      className="site-header__link"
      to={filter.size > 0 ? `/handout?${filter.toString()}` : "/handout"}
    >
      Handout &amp; export
    </StableLink>
  );
}

export function RootLayout() {
  useSearchKey();
  return (
    <>
      <SkipLink target="main" />
      <header className="site-header">
        <h1 className="site-header__title">
          <StableLink to="/">Japan-ASEAN Cybersecurity Policy Meetings</StableLink>
        </h1>
        <nav className="site-header__actions" aria-label="Search, data, share and print">
          <StableLink className="site-header__link" to="/search" aria-keyshortcuts="/">
            Search
          </StableLink>
          <OpenDatasetControl />
          <HandoutLinkForView />
          <CopyLinkForView />
        </nav>
        <FontSizeControl />
      </header>
      <DatasetBanner />
      <main id="main" tabIndex={-1}>
        <GuardedOutlet />
      </main>
    </>
  );
}
