// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly mapTitle: () => string;
  readonly backToTimeline: () => string;
  readonly pageNotFound: () => string;
  readonly nothingAt: () => string;
  readonly goToOverview: () => string;
  readonly slideNotFound: () => string;
  readonly noSuchSlide: (values: { count: number; slide: string | number }) => string;
  readonly startFromFirst: () => string;
  readonly or: () => string;
  readonly backToExplorer: () => string;
  readonly headerActions: () => string;
  readonly search: () => string;
  readonly handoutAndExport: () => string;
};
declare const messages: Messages;
export default messages;
