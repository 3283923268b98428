import { screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { buildDataset } from "../../helpers/builders";
import { renderApp } from "../../helpers/render-app";

test("an empty dataset's deck says there are no meetings yet", async () => {
  renderApp({ dataset: buildDataset({ meetings: [] }), route: "/present/2" });
  expect(await screen.findByText("No meetings are recorded in this dataset yet.")).toBeVisible();
});
