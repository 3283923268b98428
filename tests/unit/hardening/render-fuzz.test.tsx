import { screen, waitFor } from "@testing-library/react";
import fc from "fast-check";
import { expect, test, vi } from "vitest";
import { mutate, mutationArb, toJson, type Json } from "../helpers/dataset-mutations";
import { readShippedJson } from "../helpers/real-dataset";
import { renderApp } from "../helpers/render-app";

const shipped: Json = toJson(readShippedJson());

/**
 * 1,000 by default (~45 s). Each render in jsdom gets slower as a run goes on (3,000 took 290 s), so a
 * larger count is set by hand with FUZZ_RENDER_RUNS rather than run in CI.
 */
const RUNS = Number(process.env.FUZZ_RENDER_RUNS ?? "1000");

/**
 * The app, fed mutated datasets through its real loader, shows either the content or the dataset
 * error view: never the crash view, never an uncaught error.
 */
test(
  `${RUNS} mutated datasets render as content or as the error view`,
  async () => {
    const consoleErrors = vi.spyOn(console, "error");
    const outcomes = { content: 0, errorView: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const body = JSON.stringify(mutate(shipped, mutations));
        vi.stubGlobal("fetch", () => Promise.resolve(new Response(body)));
        const view = renderApp({ route: "/meetings/7" });
        const shown = await waitFor(() => {
          const errorView = screen.queryByRole("heading", { name: "The dataset has problems" });
          const timeline = screen.queryByRole("navigation", { name: "Timeline" });
          expect(errorView ?? timeline).not.toBeNull();
          return errorView === null ? "content" : "errorView";
        });
        outcomes[shown] += 1;
        expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
        view.unmount();
        // A query client keeps its data for minutes after unmounting; a thousand of them would
        // hold every mutated dataset in memory and slow each later render.
        view.queryClient.clear();
      }),
      { numRuns: RUNS, seed: 42 },
    );
    expect(consoleErrors.mock.calls.map((call) => String(call[0]).slice(0, 300))).toEqual([]);
    expect(outcomes.content).toBeGreaterThan(0);
    expect(outcomes.errorView).toBeGreaterThan(0);
  },
  RUNS * 500,
);
