import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

test("Leaflet draws one focusable marker per place, named with its meeting count", async () => {
  renderApp({ dataset: realDataset, route: "/map" });
  const tokyo = await screen.findByRole("button", {
    name: "Tokyo — 5 policy meetings and 1 related event",
  });
  expect(tokyo).toHaveAttribute("tabindex", "0");
  expect(
    screen.getByRole("button", { name: "Indonesia (country only) — 1 policy meeting" }),
  ).toBeVisible();
  expect(screen.getAllByRole("button", { name: /(meetings?|events?)$/ })).toHaveLength(6);
});

test("the selected meeting's place is marked in words as well as in style", async () => {
  renderApp({ dataset: realDataset, route: "/meetings/2" });
  expect(
    await screen.findByRole("button", {
      name: "Bangkok — 2 policy meetings and 1 related event, selected",
    }),
  ).toBeVisible();
});

test("the venue list offers every place and the meetings with no place", () => {
  renderApp({ dataset: realDataset, route: "/map" });
  const places = screen.getByRole("list", { name: "Venues" });
  expect(
    within(places).getByText("Tokyo, Japan — 5 policy meetings and 1 related event"),
  ).toBeVisible();
  const unplaced = screen.getByRole("list", { name: "Not on the map" });
  expect(
    within(unplaced)
      .getAllByRole("link")
      .map((l) => l.textContent),
  ).toEqual(["11th meeting", "13th meeting", "14th meeting", "15th meeting", "16th meeting"]);
});

test("activating a marker lists the meetings held there as links", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: realDataset, route: "/map" });
  await user.click(await screen.findByRole("button", { name: "Singapore — 2 policy meetings" }));
  expect(await screen.findByRole("link", { name: /^10th meeting, 10–11 Oct 2017/ })).toBeVisible();
  expect(screen.getByRole("link", { name: /^17th meeting, 18 Oct 2024/ })).toBeVisible();
});

test("a map that cannot load shows a message and leaves the list working", async () => {
  vi.stubGlobal("fetch", () => Promise.resolve(new Response("{}", { status: 200 })));
  // React reports the caught error on the console; here it is the expected outcome.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  renderApp({ dataset: realDataset, route: "/meetings/7", basemap: false });
  expect(await screen.findByRole("alert")).toHaveTextContent(/The map could not be shown/);
  expect(screen.getByRole("list", { name: "Venues" })).toBeVisible();
  expect(screen.getByRole("heading", { level: 2, name: /Seventh/ })).toBeVisible();
});
