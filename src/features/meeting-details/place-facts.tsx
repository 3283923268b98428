import type { DatasetIndex } from "../../data/dataset-index";
import { countryName } from "../../data/meeting-labels";
import type { Location, Venue } from "../../data/schema";
import { NotRecorded } from "../../components/not-recorded";

function precisionLabel(precision: Venue["precision"]): string {
  switch (precision) {
    case "building":
      return "Location recorded to the building";
    case "city":
      return "Location recorded to the city";
    case "country":
      return "Only the country is recorded";
  }
}

/** The "Format" and "Venue" rows of the facts list. */
export function PlaceFacts({ index, location }: { index: DatasetIndex; location: Location }) {
  if (location === "not recorded") {
    return (
      <>
        <dt>Format</dt>
        <dd>
          <NotRecorded />
        </dd>
        <dt>Venue</dt>
        <dd>
          <NotRecorded />
        </dd>
      </>
    );
  }
  if (location.mode === "online") {
    return (
      <>
        <dt>Format</dt>
        <dd>Online</dd>
        <dt>Venue</dt>
        <dd>None: held online</dd>
      </>
    );
  }
  const venue = index.venuesById.get(location.venueId);
  return (
    <>
      <dt>Format</dt>
      <dd>In person</dd>
      <dt>Venue</dt>
      <dd>
        {venue === undefined ? (
          <NotRecorded />
        ) : (
          <>
            <span className="venue__name">
              {[
                venue.precision === "building" ? venue.name : undefined,
                venue.city === "not recorded" ? undefined : venue.city,
                countryName(index, venue.country),
              ]
                .filter((part, i, parts) => part !== undefined && parts.indexOf(part) === i)
                .join(", ")}
              {venue.city === "not recorded" ? (
                <>
                  {" "}
                  (<NotRecorded what="city" />)
                </>
              ) : null}
            </span>
            <span className="venue__precision">{precisionLabel(venue.precision)}</span>
          </>
        )}
      </dd>
    </>
  );
}
