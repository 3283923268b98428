import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";

/** Where a typed "/" belongs to the text, not to the page. */
function typingInto(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** Whether a key press is the search key: "/" without Ctrl, Alt or Meta, not typed into text. */
function isSearchKey(event: KeyboardEvent): boolean {
  if (event.key !== "/" || event.ctrlKey || event.altKey || event.metaKey) return false;
  return !event.defaultPrevented && !typingInto(event.target);
}

// A "/" pressed before the page has hydrated (a prerendered view answers keys before React does):
// kept, and acted on when the hook below starts listening.
let pressedEarly = false;
let early: ((event: KeyboardEvent) => void) | undefined;

/** Starts listening at once (main.tsx), so that a "/" pressed while the page hydrates is not lost. */
export function listenForSearchKeyEarly(): void {
  early = (event) => {
    // The presenter has no search key: a "/" there must not open search once the briefer leaves.
    if (isSearchKey(event) && !/\/present(\/|$)/.test(window.location.pathname)) {
      pressedEarly = true;
    }
  };
  document.addEventListener("keydown", early);
}

/**
 * "/" (as on GitHub, YouTube and MDN) opens the search view from any explorer page, or puts focus
 * back in its field when it is open. Not while typing, and not with Ctrl, Alt or Meta held.
 */
export function useSearchKey(): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(
    function listenForSlash() {
      function openSearch() {
        if (pathname === "/search") document.getElementById("search-field")?.focus();
        else void navigate("/search");
      }
      function onKeyDown(event: KeyboardEvent) {
        if (!isSearchKey(event)) return;
        event.preventDefault();
        openSearch();
      }
      if (early !== undefined) {
        document.removeEventListener("keydown", early);
        early = undefined;
      }
      if (pressedEarly) {
        pressedEarly = false;
        openSearch();
      }
      document.addEventListener("keydown", onKeyDown);
      return () => {
        document.removeEventListener("keydown", onKeyDown);
      };
    },
    [navigate, pathname],
  );
}
