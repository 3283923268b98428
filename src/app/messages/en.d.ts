// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly headerActions: () => string;
  readonly search: () => string;
  readonly handoutAndExport: () => string;
  readonly languageSwitch: () => string;
  readonly languageSwitchLabel: () => string;
  readonly regionTimeline: () => string;
  readonly regionDetails: () => string;
  readonly regionMap: () => string;
};
declare const messages: Messages;
export default messages;
