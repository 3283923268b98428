import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { generateLargeDataset } from "../../../../scripts/large-dataset";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

// Synthetic meetings one week apart from 5 Jan 2009: the 500th is in 2018, the 1,000th in 2028.
const large = generateLargeDataset(1000, realDataset);

function timeline() {
  return within(screen.getByRole("navigation", { name: "Timeline" }));
}

function yearSelect() {
  return timeline().getByRole("combobox", { name: "Year" });
}

test("a thousand meetings are shown a year at a time, starting at the selected one's year", async () => {
  renderApp({ dataset: large, route: "/meetings/500" });
  // The year chooser's code arrives when a timeline is long enough to need it.
  await timeline().findByRole("combobox", { name: "Year" });
  const links = timeline().getAllByRole("link");
  expect(links.length).toBeGreaterThan(50);
  expect(links.length).toBeLessThan(54);
  expect(links.every((l) => /2018/.test(l.textContent))).toBe(true);
  expect(timeline().getByRole("link", { current: "page" })).toHaveAccessibleName(/^500th meeting/);
  expect(yearSelect()).toHaveDisplayValue(/^2018 — 5\d entries$/);
  expect(timeline().getByRole("status")).toHaveTextContent(
    /1,000 entries\. Shown a year at a time: 2018, entries \d+–\d+\./,
  );
});

test("the keys move through every year: End, Home, Page Up and Page Down", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: large, route: "/meetings/500" });
  timeline().getByRole("link", { current: "page" }).focus();
  const firstShown = () => timeline().getAllByRole("link")[0];
  await user.keyboard("{End}");
  expect(timeline().getByRole("link", { name: /^1000th meeting/ })).toHaveFocus();
  expect(yearSelect()).toHaveDisplayValue(/^2028 — /);
  await user.keyboard("{PageUp}");
  expect(firstShown()).toHaveFocus();
  expect(firstShown()).toHaveAccessibleName(/Jan 2027/);
  expect(yearSelect()).toHaveDisplayValue(/^2027 — /);
  await user.keyboard("{Home}");
  expect(timeline().getByRole("link", { name: /^1st meeting/ })).toHaveFocus();
  await user.keyboard("{PageDown}");
  expect(firstShown()).toHaveFocus();
  expect(firstShown()).toHaveAccessibleName(/Jan 2010/);
  await user.keyboard("{ArrowUp}");
  expect(timeline().getAllByRole("link").at(-1)).toHaveFocus();
  expect(yearSelect()).toHaveDisplayValue(/^2009 — /);
});

test("the year buttons and the year list change the year shown, and the selection stays", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: large, route: "/meetings/500" });
  await user.click(timeline().getByRole("button", { name: "Next year: 2019" }));
  expect(yearSelect()).toHaveDisplayValue(/^2019 — /);
  expect(timeline().queryByRole("link", { current: "page" })).toBeNull();
  await user.selectOptions(yearSelect(), timeline().getByRole("option", { name: /^2009 — / }));
  const previous = timeline().getByRole("button", { name: "Previous year: none before" });
  expect(previous).toHaveAttribute("aria-disabled", "true");
  await user.click(previous);
  expect(yearSelect()).toHaveDisplayValue(/^2009 — /);
  expect(timeline().getAllByRole("link")[0]).toHaveAccessibleName(/^1st meeting/);
  expect(router.state.location?.pathname).toBe("/meetings/500");
});

test("the real timeline of 19 entries stays one list, with no year control", () => {
  renderApp({ dataset: realDataset });
  expect(timeline().getAllByRole("link")).toHaveLength(19);
  expect(timeline().queryByRole("group", { name: "Year shown" })).toBeNull();
});
