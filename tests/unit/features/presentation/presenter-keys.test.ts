import { expect, test } from "vitest";
import { presenterAction } from "../../../../src/features/presentation/presenter-keys";

const idle = { blank: false, typing: false, helpOpen: false };
const type = (key: string, state = idle) => presenterAction(key, state)?.type;

test("clicker keys move forward and back", () => {
  expect(["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"].map((k) => type(k))).toEqual(
    Array(5).fill("next"),
  );
  expect(["ArrowLeft", "ArrowUp", "PageUp", "Backspace"].map((k) => type(k))).toEqual(
    Array(4).fill("previous"),
  );
  expect([type("Home"), type("End")]).toEqual(["first", "last"]);
});

test("B and . blank the screen, and then any key brings it back", () => {
  expect([type("b"), type("B"), type(".")]).toEqual(["blank", "blank", "blank"]);
  expect(type("x", { ...idle, blank: true })).toBe("unblank");
  expect(type("PageDown", { ...idle, blank: true })).toBe("unblank");
});

test("F, Esc and ? have their meanings; other keys do nothing", () => {
  expect([type("f"), type("Escape"), type("?"), type("q")]).toEqual([
    "fullscreen",
    "exit",
    "help",
    undefined,
  ]);
});

test("digits then Enter jump; Esc or Backspace cancels the number", () => {
  expect(presenterAction("1", idle)).toEqual({ type: "digit", digit: "1" });
  const typing = { ...idle, typing: true };
  expect([
    type("2", typing),
    type("Enter", typing),
    type("Escape", typing),
    type("Backspace", typing),
  ]).toEqual(["digit", "jump", "cancel", "cancel"]);
});

test("with the key help open only Esc and ? close it", () => {
  const help = { ...idle, helpOpen: true };
  expect([type("Escape", help), type("?", help), type("PageDown", help)]).toEqual([
    "help",
    "help",
    undefined,
  ]);
});
