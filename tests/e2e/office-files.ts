import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Converts a presentation to PDF with LibreOffice (Debian's `libreoffice-impress`, headless), as a
 * reader of the file would open it. A profile of its own per call, so tests can run side by side.
 */
export function officeToPdf(file: string): Buffer {
  const work = mkdtempSync(join(tmpdir(), "office-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        file,
      ],
      { timeout: 120_000, stdio: "pipe" },
    );
    return readFileSync(join(work, basename(file).replace(/\.[^.]+$/, ".pdf")));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The text of each page of a PDF file, as poppler's `pdftotext` reads it (pages split at form
 * feeds), in the order the file draws it: for a page printed by a browser, the document's order.
 */
export function pdftotextPages(file: string): string[] {
  const text = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" });
  const pages = text.split("\f");
  // pdftotext ends the last page with a form feed too.
  return pages.at(-1)?.trim() === "" ? pages.slice(0, -1) : pages;
}

/** A PDF page's size in points (poppler's `pdfinfo`), e.g. 841.9 × 473.4 for 297 × 167 mm. */
export function pdfPageSize(file: string): { width: number; height: number } {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (match === null) throw new Error(`pdfinfo gave no page size for ${file}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/**
 * The colour of one pixel of a PDF page drawn at 20 dpi by poppler's `pdftoppm` (a PPM image: a
 * text header, then three bytes per pixel). `x` and `y` are fractions of the page's width and height.
 */
export function pdfPixel(
  file: string,
  page: number,
  x: number,
  y: number,
): [number, number, number] {
  const image = execFileSync("pdftoppm", [
    "-r",
    "20",
    "-f",
    String(page),
    "-l",
    String(page),
    file,
  ]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString("latin1"));
  if (header === null) throw new Error("pdftoppm did not give a PPM image");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const at = header[0].length + 3 * (Math.floor(y * height) * width + Math.floor(x * width));
  return [image[at] ?? 0, image[at + 1] ?? 0, image[at + 2] ?? 0];
}
