import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
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
