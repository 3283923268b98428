// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  siteTitle: () => "Japan-ASEAN Cybersecurity Policy Meetings",
  pageTitle: (d) => d.title + " — Japan-ASEAN Cybersecurity Policy Meetings",
  skipToContent: () => "Skip to content",
  regionFailed: (d) => "The " + d.region + " could not be shown: " + d.message,
  restStillWorks: () => "The rest of the page still works.",
  regionRetry: (d) => "Try the " + d.region + " again",
  crashHeading: () => "Something went wrong",
  crashText: (d) => "This part of the app hit an error it could not recover from: " + d.message,
  crashReload: () => "Reload the overview"
}
