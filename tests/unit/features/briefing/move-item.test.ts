import { expect, test } from "vitest";
import { moveItem } from "../../../../src/features/briefing/move-item";

test("an item moves to its new place; the others keep their order; the list is not changed", () => {
  const list = ["a", "b", "c", "d"];
  expect(moveItem(list, 3, 0)).toEqual(["d", "a", "b", "c"]);
  expect(moveItem(list, 0, 2)).toEqual(["b", "c", "a", "d"]);
  expect(moveItem(list, 1, 1)).toEqual(list);
  expect(moveItem(list, 1, 9)).toEqual(list);
  expect(list).toEqual(["a", "b", "c", "d"]);
});
