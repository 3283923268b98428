// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly policyCount: (values: { count: number }) => string;
  readonly relatedCount: (values: { count: number }) => string;
  readonly both: (values: { policy: string | number; related: string | number }) => string;
  readonly noMeetings: () => string;
  readonly countryOnly: (values: { name: string | number }) => string;
};
declare const messages: Messages;
export default messages;
