// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  building: () => "Building the PowerPoint file…",
  downloaded: (d) => "Downloaded " + d.file + " (" + d.size + " KB).",
  notBuilt: (d) => "The PowerPoint file could not be built: " + d.error,
  downloadPptx: () => "Download slides (PowerPoint)",
  slidesAsPdf: () => "Slides as PDF",
  slidesAsPdfNotes: () => "Slides as PDF, with speaker notes",
  mapUnavailable: () => "Map unavailable",
  mapAlt: () => "Map of the meeting venues",
  subject: () => "Briefing"
}
