// Written by scripts/compile-messages.ts from en.json.
export type Messages = {
  readonly venuesMap: () => string;
  readonly fullSize: () => string;
  readonly mapFailed: (values: { message: string | number }) => string;
  readonly listHasSame: () => string;
  readonly tryAgain: () => string;
  readonly loading: () => string;
  readonly loadsInView: () => string;
  readonly showTiles: () => string;
  readonly legend: () => string;
  readonly legendAsean: () => string;
  readonly legendJapan: () => string;
  readonly legendNeighbour: () => string;
  readonly legendVenue: () => string;
  readonly venues: () => string;
  readonly notOnMap: () => string;
  readonly holdsSelected: (values: { summary: string | number }) => string;
  readonly leafletLabel: () => string;
  readonly markerLabel: (values: { count: string | number; name: string | number }) => string;
  readonly markerSelected: (values: { label: string | number }) => string;
  readonly countryOnlyNote: () => string;
  readonly placeAndCount: (values: { count: string | number; label: string | number }) => string;
  readonly meetingAndDate: (values: { date: string | number; label: string | number }) => string;
  readonly placeAndDate: (values: { date: string | number; place: string | number }) => string;
};
declare const messages: Messages;
export default messages;
