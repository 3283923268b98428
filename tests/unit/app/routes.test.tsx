import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { buildDataset } from "../helpers/builders";
import { realDataset } from "../helpers/real-dataset";
import { renderApp } from "../helpers/render-app";
import { englishText } from "../../../src/data/localized-text";

test("the home view shows the series at a glance", async () => {
  renderApp({ dataset: realDataset });
  expect(
    await screen.findByRole("heading", { level: 2, name: "The series at a glance" }),
  ).toBeVisible();
  expect(screen.getByText(/^Today.s name:/)).toHaveTextContent(
    englishText(realDataset.series.name),
  );
  // Where the record stops, said so that silence is not read as "no later meeting".
  expect(
    screen.getByText(/^The record runs to the 17th meeting \(18 October 2024\)\./),
  ).toHaveTextContent(/sources were last searched on 29 November 2026/);
  // Members as of the record, not as if still true today.
  expect(
    screen.getByText(/and 10 ASEAN member states \(as the sources record them up to/),
  ).toBeVisible();
  const members = screen.getByRole("list", { name: "ASEAN member states" });
  expect(within(members).getAllByRole("listitem")).toHaveLength(10);
  expect(screen.getByRole("region", { name: "Japanese organisers" })).toHaveTextContent(
    /NCO: National Cybersecurity Office.*1 July 2025.*MIC.*METI: Ministry of Economy, Trade and Industry/,
  );
});

test("an unknown meeting shows a not-found view with a way back", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: realDataset, route: "/meetings/99" });
  expect(await screen.findByRole("heading", { name: "Meeting not found" })).toHaveFocus();
  await user.click(screen.getByRole("link", { name: "go back to the overview" }));
  expect(router.state.location?.pathname).toBe("/");
});

test("an unknown achievement names the meeting and links back to it", () => {
  renderApp({ dataset: realDataset, route: "/meetings/7/achievements/9" });
  expect(screen.getByRole("heading", { name: "Achievement not found" })).toBeVisible();
  expect(screen.getByText(/has 4 recorded achievements/)).toBeVisible();
  expect(screen.getByRole("link", { name: /Back to Seventh/ })).toHaveAttribute(
    "href",
    "/meetings/7",
  );
});

test("any other path shows a 404 view", async () => {
  renderApp({ dataset: realDataset, route: "/no/such/page" });
  expect(await screen.findByRole("heading", { name: "Page not found (404)" })).toBeVisible();
  expect(screen.getByText("/no/such/page")).toBeVisible();
});

test("an invalid dataset shows every problem with its path", async () => {
  const broken = { ...buildDataset(), venues: [{ id: "x" }] };
  vi.stubGlobal("fetch", () => Promise.resolve(new Response(JSON.stringify(broken))));
  renderApp();
  expect(await screen.findByRole("heading", { name: "The dataset has problems" })).toBeVisible();
  expect(screen.getAllByText("venues[0].name")[0]).toBeVisible();
  expect(screen.getAllByText("venues[0].lat")[0]).toBeVisible();
});

test("a failed load offers a retry that can succeed", async () => {
  const user = userEvent.setup();
  let calls = 0;
  vi.stubGlobal("fetch", () => {
    calls += 1;
    return calls === 1
      ? Promise.reject(new TypeError("Failed to fetch"))
      : Promise.resolve(new Response(JSON.stringify(realDataset)));
  });
  renderApp();
  expect(
    await screen.findByRole("heading", { name: "The meetings could not be loaded" }),
  ).toBeVisible();
  await user.click(screen.getByRole("button", { name: "Retry" }));
  expect(
    await screen.findByRole("heading", { level: 2, name: "The series at a glance" }),
  ).toBeVisible();
});
