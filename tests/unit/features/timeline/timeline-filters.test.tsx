import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { indexDataset } from "../../../../src/data/dataset-index";
import type { MeetingFilter } from "../../../../src/data/meeting-filter";
import { TimelineFilters } from "../../../../src/features/timeline/timeline-filters";
import { buildDataset } from "../../helpers/builders";
import { realDataset } from "../../helpers/real-dataset";
import { renderApp } from "../../helpers/render-app";

function timeline() {
  return within(screen.getByRole("navigation", { name: "Timeline" }));
}

test("choosing a host writes it to the address and narrows the timeline", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: realDataset, route: "/meetings/2" });
  await user.selectOptions(await timeline().findByRole("combobox", { name: "Host" }), "Thailand");
  expect(router.state.location?.search).toBe("?host=TH");
  expect(
    timeline()
      .getAllByRole("link")
      .map((l) => l.textContent),
  ).toEqual([
    expect.stringMatching(/^2nd meeting/),
    expect.stringMatching(/AJCCBC/),
    expect.stringMatching(/^12th meeting/),
  ]);
  expect(timeline().getByRole("status")).toHaveTextContent("Showing 3 of 19 entries.");
});

test("a filtered address shows the filtered timeline, and links keep the filter", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: realDataset, route: "/?host=JP&from=2012&to=2016" });
  expect(await timeline().findByRole("combobox", { name: "From" })).toHaveValue("2012");
  expect(timeline().getAllByRole("link")).toHaveLength(4);
  await user.click(timeline().getByRole("link", { name: /^7th meeting/ }));
  expect(router.state.location?.pathname).toBe("/meetings/7");
  expect(router.state.location?.search).toBe("?host=JP&from=2012&to=2016");
});

test("no match says so and offers to clear the filters", async () => {
  const user = userEvent.setup();
  const { router } = renderApp({ dataset: realDataset, route: "/?host=SG&to=2010" });
  expect(timeline().getByText("No meetings match these filters.")).toBeVisible();
  await user.click(timeline().getByRole("button", { name: "Clear filters" }));
  expect(router.state.location?.search).toBe("");
  expect(timeline().getAllByRole("link")).toHaveLength(19);
});

test("a year filter says how many undated meetings it leaves out", () => {
  renderApp({ dataset: realDataset, route: "/?from=2015" });
  expect(timeline().getByRole("status")).toHaveTextContent(
    "4 with no recorded date are left out by the year filter.",
  );
});

test("a filter the app does not understand is named, not silently applied", () => {
  renderApp({ dataset: realDataset, route: "/?host=Atlantis" });
  expect(
    timeline().getByText(/Not understood in the address, so not applied: host=Atlantis/),
  ).toBeVisible();
  expect(timeline().getAllByRole("link")).toHaveLength(19);
});

test("each control reports only what it changed, and the address keeps the rest", async () => {
  const user = userEvent.setup();
  const onChange = vi.fn<(patch: Partial<MeetingFilter>) => void>();
  const index = indexDataset(realDataset);
  render(
    <TimelineFilters
      filter={{ host: "JP", from: 2012, to: 2016 }}
      index={index}
      onChange={onChange}
    />,
  );
  await user.selectOptions(screen.getByRole("combobox", { name: "Host" }), "Thailand");
  await user.selectOptions(screen.getByRole("combobox", { name: "From" }), "2010");
  await user.selectOptions(screen.getByRole("combobox", { name: "To" }), "Any year");
  expect(onChange.mock.calls).toEqual([[{ host: "TH" }], [{ from: 2010 }], [{ to: undefined }]]);

  const { router } = renderApp({ dataset: realDataset, route: "/?host=JP&from=2012&to=2016" });
  await user.selectOptions(await timeline().findByRole("combobox", { name: "Host" }), "Thailand");
  expect(router.state.location?.search).toBe("?host=TH&from=2012&to=2016");
});

test("a reversed year range is explained and still shows the meetings between the years", async () => {
  renderApp({ dataset: realDataset, route: "/?from=2016&to=2012" });
  expect(
    timeline().getByText(
      "The address gave the years the wrong way round, so they are read as from 2012 to 2016.",
    ),
  ).toBeVisible();
  expect(timeline().getAllByRole("link").length).toBeGreaterThan(3);
  expect(await timeline().findByRole("combobox", { name: "From" })).toHaveValue("2012");
});

test("an empty dataset says it has no meetings yet, not that none match a filter", async () => {
  renderApp({ dataset: buildDataset({ meetings: [] }), route: "/" });
  expect(timeline().getByText("There are no meetings in this dataset yet.")).toBeVisible();
  expect(timeline().queryByText("No meetings match these filters.")).not.toBeInTheDocument();
  expect(
    await screen.findByText("There are no meetings in this dataset yet.", {
      selector: ".overview__counts",
    }),
  ).toBeVisible();
});
