import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Opens the "Open a dataset" dialog from the header and chooses a file with this content. */
export async function openFile(page: Page, name: string, content: string | Buffer) {
  await page.getByRole("button", { name: "Open dataset…" }).click();
  const dialog = page.getByRole("dialog", { name: "Open a dataset" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Choose a file").setInputFiles({
    name,
    mimeType: name.endsWith(".csv") ? "text/csv" : "application/json",
    buffer: typeof content === "string" ? Buffer.from(content) : content,
  });
  return dialog;
}
