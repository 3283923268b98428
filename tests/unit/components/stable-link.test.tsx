import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router";
import { afterEach, beforeEach, expect, test } from "vitest";
import { StableLink, StableNavigationProvider } from "../../../src/components/stable-link";

function Where() {
  return <p>At {useLocation().pathname}</p>;
}

function renderLink(props: { target?: string; download?: string | boolean }) {
  const view = render(
    <MemoryRouter initialEntries={["/"]}>
      <StableNavigationProvider>
        <StableLink to="/meetings/7" {...props}>
          7th meeting
        </StableLink>
        <Where />
      </StableNavigationProvider>
    </MemoryRouter>,
  );
  return { link: screen.getByRole("link", { name: "7th meeting" }), unmount: view.unmount };
}

// Whether the browser would have followed the link itself, read after the app has had the click;
// the default is then stopped, because jsdom cannot open tabs or save files.
let leftToBrowser: boolean | undefined;
function record(event: Event) {
  leftToBrowser = !event.defaultPrevented;
  event.preventDefault();
}
beforeEach(() => {
  leftToBrowser = undefined;
  document.addEventListener("click", record);
});
afterEach(() => {
  document.removeEventListener("click", record);
});

test("a plain click opens the meeting in place, without a page load", () => {
  const { link } = renderLink({});
  expect(link).toHaveAttribute("href", "/meetings/7");
  fireEvent.click(link);
  expect(screen.getByText("At /meetings/7")).toBeInTheDocument();
  expect(leftToBrowser).toBe(false);
});

test("a click with Ctrl, Cmd, Shift or Alt, or the middle button, is the browser's (new tab, window, save)", () => {
  const { link } = renderLink({});
  for (const init of [
    { ctrlKey: true },
    { metaKey: true },
    { shiftKey: true },
    { altKey: true },
    { button: 1 },
  ]) {
    fireEvent.click(link, init);
    expect(leftToBrowser, JSON.stringify(init)).toBe(true);
    expect(screen.getByText("At /")).toBeInTheDocument();
  }
});

test("a link that opens in another tab, or downloads, is followed by the browser on a plain click", () => {
  for (const props of [
    { target: "_blank" },
    { target: "briefing" },
    { download: "" },
    { download: "x.csv" },
  ]) {
    const { link, unmount } = renderLink(props);
    fireEvent.click(link);
    expect(leftToBrowser, JSON.stringify(props)).toBe(true);
    expect(screen.getByText("At /")).toBeInTheDocument();
    unmount();
  }
});

test("target _self is this tab: the app routes it", () => {
  fireEvent.click(renderLink({ target: "_self" }).link);
  expect(screen.getByText("At /meetings/7")).toBeInTheDocument();
});
