import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";

/** Where a typed "/" belongs to the text, not to the page. */
function typingInto(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
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
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== "/" || event.ctrlKey || event.altKey || event.metaKey) return;
        if (event.defaultPrevented || typingInto(event.target)) return;
        event.preventDefault();
        if (pathname === "/search") document.getElementById("search-field")?.focus();
        else void navigate("/search");
      }
      document.addEventListener("keydown", onKeyDown);
      return () => {
        document.removeEventListener("keydown", onKeyDown);
      };
    },
    [navigate, pathname],
  );
}
