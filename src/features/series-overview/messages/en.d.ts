// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly heading: () => string;
  readonly nameNotRecorded: () => string;
  readonly todaysName: () => string;
  readonly earlierBelow: () => string;
  readonly noMeetings: () => string;
  readonly counts: (values: { policy: number; related: number }) => string;
  readonly whoTakesPart: () => string;
  readonly asOf: (values: { date: string | number }) => string;
  readonly aseanMembers: () => string;
  readonly countries: () => string;
  readonly japan: () => string;
  readonly organisers: () => string;
  readonly japaneseOrganisers: () => string;
  readonly notRecorded: () => string;
  readonly namesOverTime: () => string;
  readonly sources: () => string;
};
declare const messages: Messages;
export default messages;
