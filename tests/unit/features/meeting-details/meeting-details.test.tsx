import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { buildDataset, buildMeeting } from "../../helpers/builders";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

test("the 7th meeting's panel shows its dates, venue, hosts and co-chairs", async () => {
  renderApp({ dataset: realDataset, route: "/meetings/7" });
  expect(
    await screen.findByRole("heading", {
      level: 2,
      name: "Seventh ASEAN-Japan Cyber Security Policy Meeting",
    }),
  ).toBeVisible();
  expect(screen.getByText("7–8 October 2014")).toBeVisible();
  expect(screen.getByText("Keio Plaza Hotel, Tokyo, Japan")).toBeVisible();
  expect(screen.getByText("Ministry of Economy, Trade and Industry (METI)")).toBeVisible();
  const coChairs = screen.getByRole("region", { name: "Co-chairs" });
  expect(within(coChairs).getByText("Thailand")).toBeVisible();
  expect(within(coChairs).getByText("Dr. Chaichana Mitrpant")).toBeVisible();
  expect(
    within(coChairs).getByText("Electronic Transactions Development Agency (ETDA)"),
  ).toBeVisible();
});

test("the 7th meeting lists its four numbered achievements in full", () => {
  renderApp({ dataset: realDataset, route: "/meetings/7" });
  const achievements = screen.getByRole("region", { name: /^Achievements\s*\(4\)$/ });
  const items = within(achievements).getAllByRole("listitem");
  expect(items).toHaveLength(4);
  expect(items[1]).toHaveTextContent(/^2\. Formulating guidelines .*adopted as the first issue\./);
});

test("sources show title, publisher, date, strength in words and the address", () => {
  renderApp({ dataset: realDataset, route: "/meetings/7" });
  const sources = screen.getByRole("region", { name: "Sources" });
  expect(
    within(sources).getByRole("link", {
      name: /The Seventh ASEAN-Japan Cyber Security Policy Meeting was Held/,
    }),
  ).toHaveAttribute("href", "http://www.meti.go.jp/english/press/2014/1008_01.html");
  expect(within(sources).getByText(/8 October 2014/)).toBeVisible();
  // METI's release, and MIC's of 2017 for the series' Japanese name at the time.
  expect(within(sources).getAllByText("Government source (A)")).toHaveLength(2);
  expect(
    within(sources).getByText("http://www.meti.go.jp/english/press/2014/1008_01.html"),
  ).toBeVisible();
});

test("fields the sources do not give read 'not recorded'", () => {
  renderApp({ dataset: realDataset, route: "/meetings/4" });
  expect(
    within(screen.getByRole("region", { name: "Co-chairs" })).getByText("Not recorded"),
  ).toBeVisible();
  expect(
    within(screen.getByRole("region", { name: /^Achievements/ })).getByText("Not recorded"),
  ).toBeVisible();
  expect(
    within(screen.getByRole("region", { name: "Summary" })).getByText("Not recorded"),
  ).toBeVisible();
});

test("links lead to the related ministerial meeting and to the next meeting", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: realDataset, route: "/meetings/7" });
  const seeAlso = screen.getByRole("region", { name: "See also" });
  expect(within(seeAlso).getByRole("link", { name: "8th policy meeting" })).toHaveAttribute(
    "href",
    "/meetings/8",
  );
  await user.click(
    within(seeAlso).getByRole("link", {
      name: "ASEAN-Japan Ministerial Policy Meeting on Cybersecurity Cooperation",
    }),
  );
  expect(router.state.location?.pathname).toBe("/meetings/ministerial-2013");
  expect(screen.getByText("12–13 September 2013")).toBeVisible();
});

test("previous and next walk the timeline order", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: realDataset, route: "/meetings/6" });
  const stepper = within(screen.getByRole("navigation", { name: "Previous and next meeting" }));
  await user.click(stepper.getByRole("link", { name: /Previous: ASEAN-Japan Ministerial/ }));
  expect(router.state.location?.pathname).toBe("/meetings/ministerial-2013");
  await user.click(screen.getByRole("link", { name: /Next: 6th meeting/ }));
  await user.click(screen.getByRole("link", { name: /Next: 7th meeting/ }));
  expect(router.state.location?.pathname).toBe("/meetings/7");
});

test("an achievement's own address shows it under the meeting's heading, with focus", () => {
  renderApp({ dataset: realDataset, route: "/meetings/7/achievements/3" });
  const shown = screen.getByRole("region", {
    name: /Further strengthening the Japan-ASEAN information sharing/,
  });
  expect(shown).toHaveFocus();
  expect(shown).toHaveTextContent(/^Achievement 3 of 4/);
  // In the full list it is marked in words, not by a colour alone.
  expect(
    screen.getByRole("listitem", { name: /Further strengthening the Japan-ASEAN information/ }),
  ).toHaveTextContent("Shown above");
});

test("dataset text is rendered as text, never as markup", () => {
  const payload = '<img src=x onerror="alert(1)">';
  renderApp({
    dataset: buildDataset({ meetings: [buildMeeting({ title: payload, summary: payload })] }),
    route: "/meetings/1",
  });
  expect(screen.getByRole("heading", { level: 2, name: payload })).toBeVisible();
  expect(screen.queryByRole("img")).not.toBeInTheDocument();
});

test("a meeting no source describes says so in every field", () => {
  renderApp({ dataset: realDataset, route: "/meetings/16" });
  expect(screen.getByRole("heading", { level: 2, name: "16th policy meeting" })).toBeVisible();
  expect(screen.getAllByText("Status not recorded")[0]).toBeVisible();
  expect(screen.getByText(/No source was found for this meeting/)).toBeVisible();
  expect(screen.getAllByText("Not recorded").length).toBeGreaterThanOrEqual(8);
});

test("an online meeting reads 'Online' with no venue", () => {
  renderApp({ dataset: realDataset, route: "/meetings/13" });
  expect(screen.getByText("None: held online")).toBeVisible();
  const coChairs = screen.getByRole("region", { name: "Co-chairs" });
  expect(within(coChairs).getByText("Mr. Sinawong Sang")).toBeVisible();
});

test("a minor source's strength is given in words", () => {
  renderApp({ dataset: realDataset, route: "/meetings/14" });
  const sources = screen.getByRole("region", { name: "Sources" });
  expect(within(sources).getAllByText("Minor site (C)")).toHaveLength(2);
  expect(within(sources).getByText("Government source (A)")).toBeVisible();
});
