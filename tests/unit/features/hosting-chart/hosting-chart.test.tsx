import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { generateLargeDataset } from "../../../../scripts/large-dataset";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

test("the hosting chart is an image with a text summary, and a table alternative", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: realDataset });
  // The overview is a lazy chunk: under a loaded test run it can take longer than the default second.
  const chart = await screen.findByRole(
    "img",
    { name: "Chart: host of each policy meeting by year" },
    { timeout: 5000 },
  );
  expect(chart).toHaveAccessibleDescription(/13 of 17 policy meetings placed by host and year/);
  await user.click(screen.getByText("Show the chart as a table"));
  const table = screen.getByRole("table", { name: "Host of each policy meeting" });
  const rows = within(table).getAllByRole("row");
  expect(rows).toHaveLength(18);
  expect(rows[13]).toHaveTextContent(/13th meeting\s*20 Oct 2020\s*Online/);
  expect(rows[16]).toHaveTextContent(/16th meeting\s*Date not recorded\s*Place not recorded/);
});

test("with a thousand meetings each mark counts a host's meetings in a year, and the table waits to be opened", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: generateLargeDataset(1000, realDataset) });
  const chart = await screen.findByRole(
    "img",
    { name: "Chart: host of each policy meeting by year" },
    { timeout: 5000 },
  );
  expect(chart).toHaveAccessibleDescription(
    /1000 of 1000 policy meetings placed by host and year\. Each mark carries how many meetings that host held that year: a diamond for Japan/,
  );
  // The marks' counts add up to every meeting placed, and a year's host holds several.
  const counts = within(chart)
    .getAllByText(/^\d+$/)
    .map((mark) => Number(mark.textContent));
  expect(counts.reduce((sum, n) => sum + n, 0)).toBe(1000);
  expect(Math.max(...counts)).toBeGreaterThan(10);
  expect(screen.queryByRole("table")).toBeNull();
  await user.click(screen.getByText("Show the chart as a table"));
  expect(
    within(screen.getByRole("table", { name: "Host of each policy meeting" })).getAllByRole("row"),
  ).toHaveLength(1001);
});
