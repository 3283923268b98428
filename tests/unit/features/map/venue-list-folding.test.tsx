import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { generateLargeDataset } from "../../../../scripts/large-dataset";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

const large = generateLargeDataset(1000, realDataset);

function venuesList() {
  return screen.findByRole("list", { name: "Venues" }, { timeout: 5000 });
}

test("with a thousand meetings each place's list is folded; the selected meeting's place says so", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: large, route: "/meetings/1" });
  const list = await venuesList();
  expect(within(list).queryAllByRole("link")).toHaveLength(0);
  expect(within(list).getByText("Bangkok, Thailand — 160 policy meetings")).toBeVisible();

  await user.click(
    within(list).getByText("Tokyo, Japan — 320 policy meetings · holds the selected meeting"),
  );
  expect(within(list).getAllByRole("link")).toHaveLength(320);
  expect(within(list).getByRole("link", { current: "page" })).toHaveAccessibleName("1st meeting");
});

test("the online meetings of a long dataset fold under their count", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: large, route: "/map" });
  await venuesList();
  expect(screen.getByRole("heading", { name: "Not on the map" })).toBeVisible();
  expect(screen.queryByRole("list", { name: "Not on the map" })).toBeNull();
  await user.click(screen.getByText("40 policy meetings"));
  expect(
    within(screen.getByRole("list", { name: "Not on the map" })).getAllByRole("link"),
  ).toHaveLength(40);
});
