// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly filterLegend: () => string;
  readonly host: () => string;
  readonly allHosts: () => string;
  readonly from: () => string;
  readonly to: () => string;
  readonly anyYear: () => string;
  readonly yearShown: () => string;
  readonly year: () => string;
  readonly pageOption: (values: { count: number; year: string | number }) => string;
  readonly noneBefore: () => string;
  readonly noneAfter: () => string;
  readonly previousYear: () => string;
  readonly nextYear: () => string;
};
declare const messages: Messages;
export default messages;
