import { beforeAll } from "vitest";
import { catalogsReady } from "../../src/data/i18n/catalogs";

// The message catalogs of every module the test file imported (decision 019), as the page awaits
// them before it renders: a date or label formatted before they load would throw.
beforeAll(async () => {
  await catalogsReady();
});
