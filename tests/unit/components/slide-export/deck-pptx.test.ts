import JSZip from "jszip";
import { expect, test } from "vitest";
import { deckPptx } from "../../../../src/components/slide-export/deck-pptx";
import { indexDataset } from "../../../../src/data/dataset-index";
import { resolveDeck, type SlideRef } from "../../../../src/data/deck";
import { slideToken } from "../../../../src/data/deck-address";
import { realDataset } from "../../helpers/real-dataset";

const index = indexDataset(realDataset);
const cover = { title: "", presenter: "", date: "", minutes: undefined };

/** The .pptx's parts as text, by name. */
async function parts(file: Blob): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await file.arrayBuffer());
  const out = new Map<string, string>();
  for (const part of zip.file(/\.xml$/)) out.set(part.name, await part.async("string"));
  return out;
}

/** A one-slide deck as a .pptx's parts, with `notes` on its slide. */
async function onePagePptx(ref: SlideRef, notes: string): Promise<Map<string, string>> {
  const { slides } = resolveDeck(index, [ref]);
  const [slide] = slides;
  if (slide === undefined) throw new Error("no slide");
  const file = await deckPptx({
    index,
    slides,
    cover,
    notes: { [slideToken(slide.ref)]: notes },
    maps: () => Promise.resolve(undefined),
  });
  return parts(file);
}

/** The `<a:rPr>` of the run whose text is `text`. */
function runProperties(xml: string, text: string): string | undefined {
  const runs = xml.match(/<a:r>.*?<\/a:r>/g) ?? [];
  return runs
    .find((r) => r.includes(`<a:t>${text}</a:t>`))
    ?.match(/<a:rPr[^>]*(\/>|>.*?<\/a:rPr>)/)?.[0];
}

test("Japanese text on a slide and in its notes names a Japanese font and language; English stays English", async () => {
  const xml = await onePagePptx(
    { kind: "text", title: "日・ASEAN会議", body: "English body" },
    "第7回の成果を述べる",
  );
  const slideXml = xml.get("ppt/slides/slide1.xml") ?? "";
  const title = runProperties(slideXml, "日・ASEAN会議");
  expect(title).toContain('lang="ja-JP"');
  expect(title).toContain('typeface="Noto Sans CJK JP"');
  const body = runProperties(slideXml, "English body");
  expect(body).toContain('lang="en-GB"');
  expect(body).not.toContain("Noto Sans CJK JP");
  const notes = runProperties(
    xml.get("ppt/notesSlides/notesSlide1.xml") ?? "",
    "第7回の成果を述べる",
  );
  expect(notes).toContain('lang="ja-JP"');
  expect(notes).toContain('<a:ea typeface="Noto Sans CJK JP"/>');
});

test("English notes are marked British English, as the slides are", async () => {
  const xml = await onePagePptx({ kind: "closing" }, "Thank the hosts");
  const notes = runProperties(xml.get("ppt/notesSlides/notesSlide1.xml") ?? "", "Thank the hosts");
  expect(notes).toBe('<a:rPr lang="en-GB" dirty="0"/>');
});
