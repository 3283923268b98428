// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly siteTitle: () => string;
  readonly pageTitle: (values: { site: string | number; title: string | number }) => string;
  readonly skipToContent: () => string;
  readonly regionFailed: (values: { message: string | number; region: string | number }) => string;
  readonly restStillWorks: () => string;
  readonly regionRetry: (values: { region: string | number }) => string;
  readonly crashHeading: () => string;
  readonly crashText: (values: { message: string | number }) => string;
  readonly crashReload: () => string;
  readonly sentenceEnd: () => string;
  readonly colon: () => string;
  readonly regionTimeline: () => string;
  readonly regionDetails: () => string;
  readonly regionMap: () => string;
  readonly loading: () => string;
  readonly loadingMeetings: () => string;
  readonly checkingDataset: () => string;
  readonly couldNotLoad: () => string;
  readonly retry: () => string;
  readonly retrying: () => string;
};
declare const messages: Messages;
export default messages;
