import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { renderApp } from "../helpers/render-app";
import { realDataset } from "../helpers/real-dataset";

/** The header's button, once its code has arrived (until then an inert stand-in holds its place). */
async function copyLinkButton() {
  await waitFor(() => {
    expect(screen.getByRole("button", { name: "Copy link" })).toBeEnabled();
  });
  return screen.getByRole("button", { name: "Copy link" });
}

test("Copy link puts the page's address on the clipboard and says so", async () => {
  const user = userEvent.setup();
  const writeText = vi.spyOn(navigator.clipboard, "writeText");
  renderApp({ route: "/meetings/7", dataset: realDataset });
  await user.click(await copyLinkButton());
  expect(writeText).toHaveBeenCalledWith(window.location.href);
  expect(await screen.findByText("Link copied")).toBeInTheDocument();
});

test("when the clipboard refuses, the address is shown to copy by hand", async () => {
  const user = userEvent.setup();
  vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
  renderApp({ route: "/meetings/7", dataset: realDataset });
  await user.click(await copyLinkButton());
  expect(await screen.findByText(/Copying was not allowed/)).toHaveTextContent(
    window.location.href,
  );
});
