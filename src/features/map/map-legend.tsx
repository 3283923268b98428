export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Map legend">
      <li>
        <span className="map-legend__swatch map-legend__swatch--asean" aria-hidden="true" />
        ASEAN member state (solid outline, named)
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--japan" aria-hidden="true" />
        Japan (dashed outline, named)
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--neighbour" aria-hidden="true" />
        Neighbouring country (grey, unnamed)
      </li>
      <li>
        <span className="map-legend__marker" aria-hidden="true">
          2+1
        </span>
        Venue: its policy meetings, and + its related events (2+1: two policy meetings and one
        related event)
      </li>
    </ul>
  );
}
