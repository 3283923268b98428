import { screen, within } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { realDataset } from "../helpers/real-dataset";
import { renderApp } from "../helpers/render-app";

// A timeline that always fails, to show that its failure stays in its region.
vi.mock("../../../src/features/timeline/timeline", () => ({
  Timeline: () => {
    throw new Error("timeline exploded");
  },
}));

test("a failing timeline shows its own error while the details keep working", async () => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  renderApp({ dataset: realDataset, route: "/meetings/7" });
  expect(
    await screen.findByRole("heading", { level: 2, name: /Seventh ASEAN-Japan/ }),
  ).toBeVisible();
  const alert = screen.getByRole("alert");
  expect(alert).toHaveTextContent("The timeline could not be shown: timeline exploded");
  expect(within(alert).getByRole("button", { name: "Try the timeline again" })).toBeVisible();
  expect(screen.getByRole("navigation", { name: "Previous and next meeting" })).toBeVisible();
});
