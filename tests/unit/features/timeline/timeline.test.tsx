import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

function timeline() {
  return within(screen.getByRole("navigation", { name: "Timeline" }));
}

function timelineLinks() {
  return timeline().getAllByRole("link");
}

test("each entry shows its ordinal, date at the source's precision, place and status", () => {
  renderApp({ dataset: realDataset });
  const [first] = timelineLinks();
  expect(first).toHaveAccessibleName(/1st meeting.*Feb 2009.*Tokyo, Japan.*Held/);
  expect(
    screen.getByRole("link", { name: /7th meeting.*7–8 Oct 2014.*Tokyo, Japan/ }),
  ).toBeVisible();
});

test("the related ministerial meeting is labelled in words, not only by colour", () => {
  renderApp({ dataset: realDataset });
  expect(
    screen.getByRole("link", { name: /^Related event ASEAN-Japan Ministerial Policy Meeting/ }),
  ).toBeVisible();
});

test("the timeline is a single tab stop, on the selected meeting", async () => {
  const user = userEvent.setup();
  renderApp({ dataset: realDataset, route: "/meetings/3" });
  const tabbable = timelineLinks().filter((link) => link.tabIndex === 0);
  expect(tabbable).toHaveLength(1);
  expect(tabbable[0]).toHaveAccessibleName(/^3rd meeting/);
  expect(tabbable[0]).toHaveAttribute("aria-current", "page");
  await user.click(await timeline().findByRole("combobox", { name: "To" }));
  await user.keyboard("{Escape}");
  await user.tab();
  expect(tabbable[0]).toHaveFocus();
  await user.tab();
  expect(screen.getByRole("link", { name: /^Previous:/ })).toHaveFocus();
});

test("arrow keys, Home and End move focus; Enter opens the focused meeting", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: realDataset, route: "/meetings/1" });
  const links = timelineLinks();
  await user.click(timeline().getByRole("link", { name: /^1st meeting/ }));
  await user.keyboard("{ArrowDown}{ArrowDown}");
  expect(timeline().getByRole("link", { name: /^3rd meeting/ })).toHaveFocus();
  await user.keyboard("{ArrowUp}");
  expect(timeline().getByRole("link", { name: /^2nd meeting/ })).toHaveFocus();
  await user.keyboard("{End}");
  expect(links.at(-1)).toHaveFocus();
  await user.keyboard("{Home}");
  expect(links[0]).toHaveFocus();
  await user.keyboard("{ArrowRight}{Enter}");
  expect(router.state.location?.pathname).toBe("/meetings/2");
  expect(screen.getByRole("heading", { level: 2, name: /2nd .*Meeting/ })).toBeVisible();
});

test("arrow keys outside the timeline do not move it", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: realDataset, route: "/meetings/7" });
  await user.click(
    within(screen.getByRole("group", { name: "Text size" })).getByRole("button", {
      name: /^M\s*\(Medium text\)$/,
    }),
  );
  await user.keyboard("{ArrowDown}{End}");
  expect(timelineLinks().find((l) => l.tabIndex === 0)).toHaveAccessibleName(/^7th meeting/);
  expect(router.state.location?.pathname).toBe("/meetings/7");
});
