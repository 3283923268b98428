import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of each page of a PDF, read with PDF.js (Firefox's PDF reader) rather than by Chromium. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : ""}` : ""))
        .join(""),
    );
  }
  return pages;
}

/** Text compared without any white space, since the PDF breaks lines wherever the page does. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}
