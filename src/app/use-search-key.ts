import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";
import { isSearchKey, takeEarlySearchKey } from "./search-key-early";

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
      if (takeEarlySearchKey()) openSearch();
      document.addEventListener("keydown", onKeyDown);
      return () => {
        document.removeEventListener("keydown", onKeyDown);
      };
    },
    [navigate, pathname],
  );
}
