import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { renderApp } from "../../helpers/render-app";
import { realDataset } from "../../helpers/real-dataset";
import { englishText } from "../../../../src/data/localized-text";
import { setActiveLocale } from "../../../../src/data/i18n/locale";

test("the handout has a cover, the timeline table, the venue map and a section per meeting", async () => {
  renderApp({ route: "/handout", dataset: realDataset });
  expect(
    await screen.findByRole("heading", { level: 1, name: englishText(realDataset.series.name) }),
  ).toBeInTheDocument();
  const table = screen.getByRole("table");
  // A header row plus one row per meeting.
  expect(within(table).getAllByRole("row")).toHaveLength(realDataset.meetings.length + 1);
  expect(screen.getByRole("img", { name: /map of the meeting venues/i })).toBeInTheDocument();
  for (const meeting of realDataset.meetings) {
    expect(screen.getByRole("heading", { level: 2, name: meeting.title })).toBeInTheDocument();
  }
  const seventh = realDataset.meetings.find((meeting) => meeting.number === 7);
  const achievements = seventh?.achievements;
  if (seventh === undefined || achievements === undefined || achievements === "not recorded") {
    throw new Error("the shipped dataset lost the 7th meeting's achievements");
  }
  const page = screen.getByRole("region", { name: seventh.title });
  for (const achievement of achievements) {
    expect(within(page).getByText(achievement.title)).toBeInTheDocument();
  }
});

test("Print handout opens the browser's print dialog", async () => {
  const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
  renderApp({ route: "/handout", dataset: realDataset });
  await userEvent.click(await screen.findByRole("button", { name: "Print handout" }));
  expect(print).toHaveBeenCalledOnce();
});

test("on a Japanese page the handout's own words are Japanese and the sources' titles stay English", async () => {
  setActiveLocale("ja");
  try {
    renderApp({ route: "/handout", dataset: realDataset });
    expect(await screen.findByRole("button", { name: "配布資料を印刷" })).toBeInTheDocument();
    const seventh = realDataset.meetings.find((meeting) => meeting.number === 7);
    if (seventh === undefined) throw new Error("the shipped dataset lost the 7th meeting");
    const heading = screen.getByRole("heading", { level: 2, name: seventh.title });
    expect(within(heading).getByText(seventh.title)).toHaveAttribute("lang", "en");
  } finally {
    setActiveLocale("en");
  }
});

test("the header links to the handout from every explorer view", async () => {
  renderApp({ route: "/meetings/7", dataset: realDataset });
  await userEvent.click(await screen.findByRole("link", { name: "Handout & export" }));
  expect(
    await screen.findByRole("button", { name: "Download meetings (CSV)" }),
  ).toBeInTheDocument();
});
