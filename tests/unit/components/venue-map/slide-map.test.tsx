import { screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { renderApp } from "../../helpers/render-app";
import { realDataset } from "../../helpers/real-dataset";

test("a meeting slide's map is centred on the meeting's place and says so in words", async () => {
  renderApp({ route: "/present/15", dataset: realDataset });
  const map = await screen.findByRole("img", { name: "Map of the meeting venues" });
  expect(map).toHaveAccessibleDescription(
    /^Centred on Tokyo, Japan, where this meeting was held, drawn larger and ringed\./,
  );
  expect(map).toHaveAccessibleDescription(
    /Bangkok, Thailand, 2 policy meetings and 1 related event/,
  );
});

test("the overview slide's map shows the whole region and names every place with its count", async () => {
  renderApp({ route: "/present/2", dataset: realDataset });
  const map = await screen.findByRole("img", { name: "Map of the meeting venues" });
  expect(map).not.toHaveAccessibleDescription(/Centred/);
  expect(map).toHaveAccessibleDescription(
    /Tokyo, Japan, 5 policy meetings and 1 related event; .*Indonesia \(city not recorded\), 1 policy meeting/,
  );
});
