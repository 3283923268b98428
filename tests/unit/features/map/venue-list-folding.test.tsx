import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { generateLargeDataset } from "../../../../scripts/large-dataset";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

const large = generateLargeDataset(1000, realDataset);

async function venues() {
  return within(await screen.findByRole("list", { name: "Venues" }, { timeout: 5000 }));
}

test("with a thousand meetings each place's list is folded; the selected meeting's place says so", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: large, route: "/meetings/1" });
  const list = await venues();
  expect(list.queryAllByRole("link")).toHaveLength(0);
  const summaries = [...document.querySelectorAll(".venue-list summary")].map((s) => s.textContent);
  expect(summaries).toContain("Tokyo, Japan — 320 meetings · holds the selected meeting");
  expect(summaries).toContain("Bangkok, Thailand — 160 meetings");

  await user.click(list.getByText(/^Tokyo, Japan — 320 meetings/));
  expect(list.getAllByRole("link")).toHaveLength(320);
  expect(list.getByRole("link", { current: "page" })).toHaveAccessibleName("1st meeting");
});

test("the online meetings of a long dataset fold under their count", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: large, route: "/map" });
  await venues();
  expect(screen.getByRole("heading", { name: "Not on the map" })).toBeVisible();
  const summary = screen.getByText("40 meetings");
  expect(screen.queryByRole("list", { name: "Not on the map" })).toBeNull();
  await user.click(summary);
  expect(
    within(screen.getByRole("list", { name: "Not on the map" })).getAllByRole("link"),
  ).toHaveLength(40);
});
