// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly button: () => string;
  readonly bannerKept: (values: { name: string | number }) => string;
  readonly bannerNotKept: (values: { name: string | number }) => string;
  readonly returnToBundled: () => string;
  readonly foreignLink: (values: { name: string | number }) => string;
  readonly dialogTitle: () => string;
  readonly intro: () => string;
  readonly choose: () => string;
  readonly drop: () => string;
  readonly reading: (values: { name: string | number }) => string;
  readonly cancel: () => string;
  readonly cancelled: () => string;
  readonly close: () => string;
  readonly failed: (values: { heading: string | number }) => string;
  readonly opened: (values: { format: string | number; name: string | number; records: number }) => string;
  readonly openedShiftJis: (values: { encoding: string | number; format: string | number; name: string | number; records: number }) => string;
  readonly leftOutHeading: () => string;
  readonly leftOutLabel: () => string;
  readonly problemsFound: () => string;
  readonly moreProblems: (values: { count: string | number }) => string;
};
declare const messages: Messages;
export default messages;
