import { Link } from "react-router";
import { SkipLink } from "../components/skip-link";
import { FontSizeControl } from "../features/font-size/font-size-control";
import { GuardedOutlet } from "./guarded-outlet";

export function RootLayout() {
  return (
    <>
      <SkipLink target="main" />
      <header className="site-header">
        <h1 className="site-header__title">
          <Link to="/">ASEAN–Japan Cybersecurity Policy Meetings</Link>
        </h1>
        <FontSizeControl />
      </header>
      <main id="main" tabIndex={-1}>
        <GuardedOutlet />
      </main>
    </>
  );
}
