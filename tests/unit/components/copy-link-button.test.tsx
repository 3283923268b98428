import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { renderApp } from "../helpers/render-app";
import { realDataset } from "../helpers/real-dataset";

test("Copy link puts the page's address on the clipboard and says so", async () => {
  const user = userEvent.setup();
  const writeText = vi.spyOn(navigator.clipboard, "writeText");
  renderApp({ route: "/meetings/7", dataset: realDataset });
  await user.click(await screen.findByRole("button", { name: "Copy link" }));
  expect(writeText).toHaveBeenCalledWith(window.location.href);
  expect(await screen.findByText("Link copied")).toBeInTheDocument();
});

test("when the clipboard refuses, the address is shown to copy by hand", async () => {
  const user = userEvent.setup();
  vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
  renderApp({ route: "/meetings/7", dataset: realDataset });
  await user.click(await screen.findByRole("button", { name: "Copy link" }));
  expect(await screen.findByText(/Copying was not allowed/)).toHaveTextContent(
    window.location.href,
  );
});
