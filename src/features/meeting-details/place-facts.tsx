import type { DatasetIndex } from "../../data/dataset-index";
import { countryName } from "../../data/meeting-labels";
import type { Location, Venue } from "../../data/schema";
import { NotRecorded } from "../../components/not-recorded";
import { detailsText } from "./messages";

function precisionLabel(precision: Venue["precision"]): string {
  switch (precision) {
    case "building":
      return detailsText().precisionBuilding();
    case "city":
      return detailsText().precisionCity();
    case "country":
      return detailsText().precisionCountry();
  }
}

/** The "Format" and "Venue" rows of the facts list. */
export function PlaceFacts({ index, location }: { index: DatasetIndex; location: Location }) {
  const text = detailsText();
  if (location === "not recorded") {
    return (
      <>
        <dt>{text.format()}</dt>
        <dd>
          <NotRecorded />
        </dd>
        <dt>{text.venue()}</dt>
        <dd>
          <NotRecorded />
        </dd>
      </>
    );
  }
  if (location.mode === "online") {
    return (
      <>
        <dt>{text.format()}</dt>
        <dd>{text.online()}</dd>
        <dt>{text.venue()}</dt>
        <dd>{text.noneOnline()}</dd>
      </>
    );
  }
  const venue = index.venuesById.get(location.venueId);
  return (
    <>
      <dt>{text.format()}</dt>
      <dd>{text.inPerson()}</dd>
      <dt>{text.venue()}</dt>
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
                  (<NotRecorded what={text.city()} />)
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
