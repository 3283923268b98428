import { GuardedOutlet } from "./guarded-outlet";

/** Presenter mode fills the screen: no site header, the same dataset gate and error boundary. */
export function PresentLayout() {
  return (
    <main id="main">
      <GuardedOutlet />
    </main>
  );
}
