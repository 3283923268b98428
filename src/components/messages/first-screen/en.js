// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  siteTitle: () => "Japan-ASEAN Cybersecurity Policy Meetings",
  pageTitle: (d) => d.title + " — " + d.site,
  skipToContent: () => "Skip to content",
  regionFailed: (d) => "The " + d.region + " could not be shown: " + d.message,
  restStillWorks: () => "The rest of the page still works.",
  regionRetry: (d) => "Try the " + d.region + " again",
  crashHeading: () => "Something went wrong",
  crashText: (d) => "This part of the app hit an error it could not recover from: " + d.message,
  crashReload: () => "Reload the overview",
  sentenceEnd: () => ".",
  colon: () => ":",
  regionTimeline: () => "timeline",
  regionDetails: () => "details",
  regionMap: () => "map",
  loading: () => "Loading…",
  loadingMeetings: () => "Loading the meetings…",
  checkingDataset: () => "Checking the dataset…",
  couldNotLoad: () => "The meetings could not be loaded",
  retry: () => "Retry",
  retrying: () => "Retrying…"
}
