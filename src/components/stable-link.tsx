import {
  createContext,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from "react";
import { useHref, useNavigate } from "react-router";

type StableNavigation = { href: (to: string) => string; navigate: (to: string) => void };

// Outside the provider a link still works, as an ordinary page load.
const StableNavigationContext = createContext<StableNavigation>({
  href: (to) => to,
  navigate: (to) => {
    window.location.assign(to);
  },
});

/**
 * Gives StableLink a way to navigate that never changes. React Router's Link reads the location,
 * so every Link re-renders on every navigation, memoised or not; with a thousand meetings in the
 * timeline and the venue list that was most of the time a step took (docs/decisions/007).
 */
export function StableNavigationProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  // "/" in a served build ("/ajcpm" under a base path), "#/" in the one-file build: what every app
  // path is written after.
  const root = useHref("/").replace(/\/$/, "");
  const latest = useRef({ navigate, root });
  useLayoutEffect(() => {
    latest.current = { navigate, root };
  });
  const value = useMemo<StableNavigation>(
    () => ({
      href: (to) => `${latest.current.root}${to}`,
      navigate: (to) => {
        void latest.current.navigate(to);
      },
    }),
    [],
  );
  return <StableNavigationContext value={value}>{children}</StableNavigationContext>;
}

type StableLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  /** An app path with its query: "/meetings/7?host=JP". */
  to: string;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * Whether a click on a link is the app's to handle: a plain left click on a link that opens in this
 * tab. Any other click (a modifier or another button for a new tab or window, a `target` naming
 * another browsing context, a `download`) is left to the browser, as with any link.
 */
export function routesInPlace(
  event: Pick<
    MouseEvent,
    "button" | "metaKey" | "ctrlKey" | "shiftKey" | "altKey" | "defaultPrevented"
  >,
  link: { target?: string | undefined; download?: unknown },
): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (link.download !== undefined && link.download !== false) return false;
  return link.target === undefined || link.target === "" || link.target === "_self";
}

/** A link to an app path that, unlike React Router's Link, does not re-render when the URL changes. */
export function StableLink({ to, onClick, ref, children, ...rest }: StableLinkProps) {
  const navigation = useContext(StableNavigationContext);
  return (
    <a
      {...rest}
      ref={ref}
      href={navigation.href(to)}
      onClick={(event) => {
        onClick?.(event);
        if (!routesInPlace(event, rest)) return;
        event.preventDefault();
        navigation.navigate(to);
      }}
    >
      {children}
    </a>
  );
}
