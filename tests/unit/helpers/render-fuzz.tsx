import { screen, waitFor } from "@testing-library/react";
import fc from "fast-check";
import { expect, test, vi } from "vitest";
import { mutate, mutationArb, toJson, type Json } from "./dataset-mutations";
import { readShippedJson } from "./real-dataset";
import { renderApp } from "./render-app";

const shipped: Json = toJson(readShippedJson());

/** Each route the fuzz renders, and what shows that its content (rather than an error) is there. */
const ROUTES = {
  "/": () => screen.queryByRole("navigation", { name: "Timeline" }),
  "/meetings/7": () => screen.queryByRole("navigation", { name: "Timeline" }),
  "/map": () => screen.queryByRole("heading", { name: "Venues map" }),
  "/handout": () => screen.queryByRole("heading", { name: "Print and take away" }),
  "/present/2": () => screen.queryByRole("navigation", { name: "Presenter controls" }),
} satisfies Record<string, () => HTMLElement | null>;
type Route = keyof typeof ROUTES;
const routeArb = fc.constantFrom<Route>("/", "/meetings/7", "/map", "/handout", "/present/2");

/**
 * Registers a test that feeds `runs` mutated datasets through the app's real loader, each on one of
 * the app's views, and expects the view's content or the dataset error view: never the crash view,
 * a failed region, or an error in the console. Every render is removed from the page at once:
 * left-over roots (each with React's listeners) made each later render slower, 1,000 cases 45 s but
 * 3,000 cases 290 s.
 */
export function registerRenderFuzz({ runs, seed }: { runs: number; seed: number }) {
  test(
    `${runs} mutated datasets render as content or as the error view (seed ${seed})`,
    async () => {
      const consoleErrors = vi.spyOn(console, "error");
      const outcomes = { content: 0, errorView: 0 };
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
          routeArb,
          async (mutations, route) => {
            consoleErrors.mockClear();
            const body = JSON.stringify(mutate(shipped, mutations));
            vi.stubGlobal("fetch", () => Promise.resolve(new Response(body)));
            const view = renderApp({ route });
            try {
              const shown = await waitFor(() => {
                const errorView = screen.queryByRole("heading", {
                  name: "The dataset has problems",
                });
                expect(errorView ?? ROUTES[route]()).not.toBeNull();
                return errorView === null ? "content" : "errorView";
              });
              outcomes[shown] += 1;
              expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
              expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
              // Checked in each case, so that fast-check can shrink a failure to its smallest dataset.
              expect(consoleErrors.mock.calls.map((call) => String(call[0]).slice(0, 300))).toEqual(
                [],
              );
            } finally {
              view.unmount();
              // Testing Library removes roots only after a whole test; a property runs thousands.
              document.body.replaceChildren();
              // A query client keeps its data for minutes after unmounting.
              view.queryClient.clear();
            }
          },
        ),
        { numRuns: runs, seed },
      );
      expect(outcomes.content).toBeGreaterThan(0);
      expect(outcomes.errorView).toBeGreaterThan(0);
    },
    runs * 500,
  );
}
