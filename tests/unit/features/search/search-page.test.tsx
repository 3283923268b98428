import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { renderApp } from "../../helpers/render-app";
import { realDataset } from "../../helpers/real-dataset";

/** The search view's own live count (the header has status lines of its own). */
const count = () => within(screen.getByRole("region", { name: "Search" })).getByRole("status");

test("/ opens the search from an explorer page, typing shows and announces the results, a result opens the achievement", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ route: "/meetings/3", dataset: realDataset });
  await screen.findByRole("heading", { level: 2, name: realDataset.meetings[2]?.title });
  // The key is the header's (its code arrives after the page; in the browser an earlier "/" is
  // kept for it, search-key-early.ts).
  await screen.findByRole("link", { name: "Search" });
  await user.keyboard("/");
  const field = await screen.findByRole("searchbox", { name: "Search the meetings" });
  expect(field).toHaveFocus();
  expect(count()).toHaveTextContent("Type a word to search.");

  await user.type(field, "guidelines critical");
  expect(count()).toHaveTextContent(/^\d+ results? for “guidelines critical”\.$/);
  expect(router.state.location?.search).toBe("?q=guidelines+critical");
  const link = screen.getByRole("link", { name: "Achievement 2 of the 7th meeting" });
  const result = screen
    .getAllByRole("listitem")
    .find((item) => within(item).queryByRole("link", { name: link.textContent }) !== null);
  if (result === undefined) throw new Error("a result is a list item");
  const marked = within(result)
    .getAllByText((_, element) => element?.tagName === "MARK")
    .map((mark) => mark.textContent);
  expect(marked).toEqual(expect.arrayContaining(["guidelines", "critical"]));

  await user.click(link);
  expect(router.state.location?.pathname).toBe("/meetings/7/achievements/2");
});

test("a search in the address is shown on arrival; no match says so; / typed in the field is text", async () => {
  const user = userEvent.setup();
  renderApp({ route: "/search?q=Mitrpant", dataset: realDataset });
  const field = await screen.findByRole("searchbox", { name: "Search the meetings" });
  expect(count()).toHaveTextContent("1 result for “Mitrpant”.");
  expect(screen.getByRole("link", { name: "7th meeting" })).toBeInTheDocument();
  await user.clear(field);
  await user.type(field, "zzqx/");
  expect(field).toHaveValue("zzqx/");
  expect(count()).toHaveTextContent("No results for “zzqx/”.");
  expect(screen.queryByRole("list")).toBeNull();
});
