import JSZip from "jszip";
import PptxGenJS from "pptxgenjs";
import type { DatasetIndex } from "../../data/dataset-index";
import { deckText } from "../../data/deck-messages";
import type { DeckCover, Slide } from "../../data/deck";
import { slideToken } from "../../data/deck-address";
import { slideContent, type SlideContent } from "../../data/slide-content";
import {
  timelineLayout,
  TIMELINE_HEIGHT,
  TIMELINE_WIDTH,
  undatedNote,
} from "../../data/timeline-layout";
import { shownText } from "../../data/localized-text";
import { exportText } from "./messages";

/** Slide size (inches, 16:9) and the colours of the light projector theme (presenter.css). */
const W = 10;
const H = 5.625;
const M = 0.4;
const INK = "111418";
const MUTED = "3D4550";
const ACCENT = "0B4F8A";
const FONT = "Arial";
/** A font with Japanese glyphs, named on runs that hold Japanese, so no viewer falls back to boxes. */
const JAPANESE_FONT = "Noto Sans CJK JP";

/** Whether a text holds Japanese (kana or kanji): such runs are marked Japanese, with a Japanese font. */
function hasJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/.test(text);
}

function run(text: string, options: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps {
  const japanese = hasJapanese(text);
  return {
    text,
    options: {
      fontFace: japanese ? JAPANESE_FONT : FONT,
      lang: japanese ? "ja-JP" : "en-GB",
      ...options,
    },
  };
}

/** A map picture for a slide, by the meeting it is centred on ("" for the whole region). */
export type MapPictures = (meetingId: string | undefined) => Promise<string | undefined>;

function addTimeline(slide: PptxGenJS.Slide, index: DatasetIndex, top: number): void {
  const layout = timelineLayout(index);
  const height = H - top - 0.7;
  const sx = (W - 2 * M) / TIMELINE_WIDTH;
  const sy = height / TIMELINE_HEIGHT;
  const x = (v: number) => M + v * sx;
  const y = (v: number) => top + v * sy;
  slide.addShape("line", {
    x: x(20),
    y: y(layout.axisY),
    w: (TIMELINE_WIDTH - 40) * sx,
    h: 0,
    line: { color: INK, width: 2 },
  });
  for (const { year, x: at } of layout.years) {
    slide.addText(
      [run(`'${String(year).slice(2)}`, { fontSize: 9, color: MUTED, align: "center" })],
      {
        x: x(at) - 0.25,
        y: y(layout.axisY) + 0.03,
        w: 0.5,
        h: 0.22,
        margin: 0,
      },
    );
  }
  const r = 27 * sx;
  for (const mark of layout.marks) {
    slide.addShape("line", {
      x: x(mark.x),
      y: Math.min(y(mark.y), y(layout.axisY)),
      w: 0,
      h: Math.abs(y(layout.axisY) - y(mark.y)),
      line: { color: MUTED, width: 1 },
    });
    slide.addText(
      [
        run(mark.label, {
          fontSize: 9,
          bold: true,
          color: mark.kind === "policy" ? "FFFFFF" : INK,
          align: "center",
          valign: "middle",
        }),
      ],
      {
        shape: mark.kind === "policy" ? "ellipse" : "diamond",
        x: x(mark.x) - r,
        y: y(mark.y) - r,
        w: 2 * r,
        h: 2 * r,
        margin: 0,
        fill: { color: mark.kind === "policy" ? ACCENT : "FFFFFF" },
        line: { color: mark.kind === "policy" ? ACCENT : INK, width: 1 },
      },
    );
  }
  const note = undatedNote(layout.undated);
  slide.addText(
    [
      run(`${deckText().timelineKey()}${note === undefined ? "" : ` ${note}`}`, {
        fontSize: 10,
        color: MUTED,
      }),
    ],
    {
      x: M,
      y: H - 0.6,
      w: W - 2 * M,
      h: 0.4,
      margin: 0,
    },
  );
}

async function addSlide(
  deck: PptxGenJS,
  index: DatasetIndex,
  content: SlideContent,
  maps: MapPictures,
  notes: string | undefined,
): Promise<void> {
  const slide = deck.addSlide();
  slide.background = { color: "FFFFFF" };
  const centre = content.layout === "centre";
  const split = content.layout === "split";
  const textW = split ? W / 2 - M : W - 2 * M;
  let top = centre ? 1.3 : M;
  if (content.kicker !== "") {
    slide.addText(
      [
        run(content.kicker.toUpperCase(), {
          fontSize: 12,
          bold: true,
          color: MUTED,
          align: centre ? "center" : "left",
        }),
      ],
      {
        x: M,
        y: top,
        w: textW,
        h: 0.3,
        margin: 0,
      },
    );
    top += 0.35;
  }
  const titleSize = centre ? 34 : 22;
  const titleH = centre ? 1.2 : 1.3;
  slide.addText(
    [
      run(content.title, {
        fontSize: titleSize,
        bold: true,
        color: ACCENT,
        align: centre ? "center" : "left",
        valign: "top",
        fit: "shrink",
      }),
    ],
    {
      x: M,
      y: top,
      w: textW,
      h: titleH,
      margin: 0,
    },
  );
  top += titleH + 0.1;
  if (content.layout === "timeline") {
    addTimeline(slide, index, top);
  }
  const body: PptxGenJS.TextProps[] = [
    ...content.paragraphs.map((text) =>
      run(text, {
        fontSize: centre ? 16 : 14,
        color: INK,
        align: centre ? "center" : "left",
        breakLine: true,
        paraSpaceAfter: 6,
      }),
    ),
    ...content.facts.flatMap((f) => [
      run(`${f.label}: `, { fontSize: 13, bold: true, color: INK }),
      run(f.values.join("; "), {
        fontSize: 13,
        color: f.recorded ? INK : MUTED,
        italic: !f.recorded,
        breakLine: true,
        paraSpaceAfter: 4,
      }),
    ]),
    ...content.points.map((text) =>
      run(text, { fontSize: 16, color: INK, bullet: true, breakLine: true, paraSpaceAfter: 6 }),
    ),
  ];
  const footH = content.foot.length === 0 ? 0 : 0.25 * content.foot.length + 0.1;
  if (body.length > 0) {
    slide.addText(body, {
      x: M,
      y: top,
      w: textW,
      h: H - top - M - footH,
      margin: 0,
      valign: centre ? "middle" : "top",
      fit: "shrink",
    });
  }
  if (content.foot.length > 0) {
    slide.addText(
      content.foot.map((line) => run(line, { fontSize: 10, color: MUTED, breakLine: true })),
      { x: M, y: H - M - footH, w: textW, h: footH, margin: 0, valign: "bottom" },
    );
  }
  if (content.map !== undefined) {
    const picture = await maps(content.map.meetingId);
    const box = { x: W / 2 + 0.1, y: M, w: W / 2 - M - 0.1, h: H - 2 * M };
    if (picture === undefined) {
      slide.addText([run(exportText().mapUnavailable(), { fontSize: 12, color: MUTED })], {
        ...box,
        align: "center",
      });
    } else {
      slide.addImage({ data: picture, ...box, altText: exportText().mapAlt() });
    }
  }
  if (notes !== undefined && notes.trim() !== "") slide.addNotes(notes);
}

/**
 * The deck as a PowerPoint file (16:9, editable text): each slide's words as on screen, its map as
 * a picture, its source line, and the briefer's notes in PowerPoint's notes. `notes` are keyed by
 * slide token (deck-notes.ts). Returns the file as a Blob.
 */
export async function deckPptx({
  index,
  slides,
  cover,
  notes,
  maps,
}: {
  index: DatasetIndex;
  slides: readonly Slide[];
  cover: DeckCover;
  notes: Readonly<Record<string, string>>;
  maps: MapPictures;
}): Promise<Blob> {
  const deck = new PptxGenJS();
  deck.layout = "LAYOUT_16x9";
  deck.title = cover.title === "" ? shownText(index.dataset.series.name).text : cover.title;
  deck.author = cover.presenter;
  deck.company = "";
  deck.subject = exportText().subject();
  for (const slide of slides) {
    const partOne = !("part" in slide) || slide.part === 1;
    await addSlide(
      deck,
      index,
      slideContent(index, slide, cover),
      maps,
      partOne ? notes[slideToken(slide.ref)] : undefined,
    );
  }
  const file = await deck.write({ outputType: "blob", compression: true });
  if (!(file instanceof Blob)) throw new Error("PptxGenJS did not return a file");
  return markNotesLanguage(file);
}

/** PptxGenJS's notes run, always marked US English with the theme's font. */
const NOTES_RUN = '<a:r><a:rPr lang="en-US" dirty="0"/>';

/**
 * Marks each slide's notes with their language, as the slides' own runs are (run() above): notes
 * holding Japanese name a Japanese font and `ja-JP`, so no viewer falls back to a Chinese face or
 * boxes. PptxGenJS writes every notes run as `en-US` and offers no option for it.
 */
async function markNotesLanguage(file: Blob): Promise<Blob> {
  const zip = await JSZip.loadAsync(file);
  const parts = zip.file(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
  for (const part of parts) {
    const xml = await part.async("string");
    const japanese = hasJapanese(xml);
    const rPr = japanese
      ? `<a:r><a:rPr lang="ja-JP" altLang="en-GB" dirty="0"><a:latin typeface="${JAPANESE_FONT}"/><a:ea typeface="${JAPANESE_FONT}"/></a:rPr>`
      : '<a:r><a:rPr lang="en-GB" dirty="0"/>';
    zip.file(part.name, xml.replace(NOTES_RUN, rPr));
  }
  return zip.generateAsync({
    type: "blob",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  });
}
