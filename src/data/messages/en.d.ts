// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly dateNotRecorded: () => string;
  readonly monthShort: (values: { month: string }) => string;
  readonly monthLong: (values: { month: string }) => string;
  readonly dateYear: (values: { year: string | number }) => string;
  readonly dateMonth: (values: { monthName: string | number; year: string | number }) => string;
  readonly dateDay: (values: { day: string | number; monthName: string | number; year: string | number }) => string;
  readonly dateDaysInMonth: (values: { endDay: string | number; monthName: string | number; startDay: string | number; year: string | number }) => string;
  readonly dateDaysInYear: (values: { endDay: string | number; endMonth: string | number; startDay: string | number; startMonth: string | number; year: string | number }) => string;
  readonly dateDaysAcrossYears: (values: { endDay: string | number; endMonth: string | number; endYear: string | number; startDay: string | number; startMonth: string | number; startYear: string | number }) => string;
  readonly policyMeeting: (values: { number: string | number; ordinal: string | number }) => string;
  readonly placeNotRecorded: () => string;
  readonly online: () => string;
  readonly cityNotRecorded: (values: { country: string | number }) => string;
  readonly cityAndCountry: (values: { city: string | number; country: string | number }) => string;
  readonly statusHeld: () => string;
  readonly statusAnnounced: () => string;
  readonly statusNotRecorded: () => string;
};
declare const messages: Messages;
export default messages;
