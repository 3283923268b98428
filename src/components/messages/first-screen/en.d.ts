// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly siteTitle: () => string;
  readonly pageTitle: (values: { title: string | number }) => string;
  readonly skipToContent: () => string;
  readonly regionFailed: (values: { message: string | number; region: string | number }) => string;
  readonly restStillWorks: () => string;
  readonly regionRetry: (values: { region: string | number }) => string;
  readonly crashHeading: () => string;
  readonly crashText: (values: { message: string | number }) => string;
  readonly crashReload: () => string;
};
declare const messages: Messages;
export default messages;
