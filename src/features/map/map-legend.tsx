import { mapText } from "./messages";

export function MapLegend() {
  const text = mapText();
  return (
    <ul className="map-legend" aria-label={text.legend()}>
      <li>
        <span className="map-legend__swatch map-legend__swatch--asean" aria-hidden="true" />
        {text.legendAsean()}
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--japan" aria-hidden="true" />
        {text.legendJapan()}
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--neighbour" aria-hidden="true" />
        {text.legendNeighbour()}
      </li>
      <li>
        <span className="map-legend__marker" aria-hidden="true">
          2+1
        </span>
        {text.legendVenue()}
      </li>
    </ul>
  );
}
