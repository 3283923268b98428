import { useEffect } from "react";
import { useLocation } from "react-router";
import { earlyClicksReady } from "../components/early-clicks";
import { CopyLinkButton } from "../components/copy-link-button";
import { StableLink } from "../components/stable-link";
import { FontSizeControl } from "../features/font-size/font-size-control";
import { OpenDatasetControl } from "../features/open-dataset/open-dataset-control";
export { DatasetBanner } from "../features/open-dataset/dataset-banner";
import { LanguageSwitch } from "../components/language-switch";
import { routeText } from "./route-messages";
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
      {routeText().handoutAndExport()}
    </StableLink>
  );
}

/**
 * The header's tools: search, open a dataset, handout, copy link, language and text size. A lazy
 * chunk fetched as the page starts (app-routes.tsx): a prerendered page shows them at once, and
 * their code stays off the first screen's budget (decision 019).
 */
export default function HeaderTools() {
  useSearchKey();
  useEffect(function answerEarlyClicks() {
    earlyClicksReady("header");
  }, []);
  const text = routeText();
  return (
    <>
      <nav className="site-header__actions" aria-label={text.headerActions()}>
        <StableLink className="site-header__link" to="/search" aria-keyshortcuts="/">
          {text.search()}
        </StableLink>
        <OpenDatasetControl />
        <HandoutLinkForView />
        <CopyLinkForView />
        <LanguageSwitch />
      </nav>
      <FontSizeControl />
    </>
  );
}
