/** Files the import tests open, built here so that every test says what it feeds in. */

/** TimelineJS's spreadsheet template's header, as its Google Sheet names the columns. */
export const TIMELINE_HEADER =
  "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

/** A TimelineJS spreadsheet: a title row, an era, a span of days, a month, a year with media. */
export const TIMELINE_CSV = [
  TIMELINE_HEADER,
  ",,,,,,,,,Working group on incident response,<p>Meetings of the <b>working group</b> &amp; its partners.</p>,,,,,title,,",
  "2015,,,,2018,,,,,Phase one,,,,,,era,,",
  '2016,3,14,09:30,2016,3,16,,,Kick-off meeting,"Held in Manila, with three partners.",,,,,,Plenary,',
  "2017,6,,,,,,,June 2017,Second meeting,,https://example.org/photo.jpg,Photo: Ministry,,,,,#ffffff",
  "2019,,,,,,,,,Report published,,,,,,,,",
].join("\r\n");

/** A TimelineJS JSON file with the same kinds of slide. */
export const TIMELINE_JSON = {
  title: {
    text: { headline: "Cyber <i>capacity</i> events", text: "<p>Compiled by a research team.</p>" },
  },
  eras: [{ start_date: { year: 2015 }, end_date: { year: 2018 }, text: { headline: "Phase one" } }],
  events: [
    {
      start_date: { year: "2016", month: "3", day: "14" },
      end_date: { year: "2016", month: "3", day: "16" },
      text: {
        headline: "Kick-off &amp; <script>alert(1)</script>plenary",
        text: "First line<br>second line",
      },
      unique_id: "kick-off",
      group: "Plenary",
    },
    {
      start_date: { year: 2017, month: 6, display_date: "June 2017" },
      text: { headline: "Second meeting" },
      media: { url: "https://example.org/photo.jpg", credit: "Photo: Ministry" },
    },
    { start_date: { year: 2019 }, text: { headline: "Report published" } },
  ],
};

/** "東京会議" (Tokyo meeting) in Shift_JIS (CP932), as a Japanese spreadsheet program saves it. */
export const TOKYO_MEETING_SJIS = [0x93, 0x8c, 0x8b, 0x9e, 0x89, 0xef, 0x8b, 0x63];

/** A file as the browser's File gives it: name, size and bytes. */
export function fileOf(name: string, content: string | Uint8Array) {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}
