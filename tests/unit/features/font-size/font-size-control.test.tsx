import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

test("choosing L enlarges the text and is remembered for the next visit", async () => {
  const user = userEvent.setup();
  const view = renderApp({ dataset: realDataset });
  await user.click(await screen.findByRole("button", { name: /^L\s*\(Large text\)$/ }));
  expect(document.documentElement.dataset.fontSize).toBe("L");
  expect(screen.getByRole("button", { name: /^L\s*\(Large text\)$/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  view.unmount();

  renderApp({ dataset: realDataset });
  expect(await screen.findByRole("button", { name: /^L\s*\(Large text\)$/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(screen.getByRole("button", { name: /^M\s*\(Medium text\)$/ })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
});
