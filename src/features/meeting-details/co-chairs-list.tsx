import { FactsList } from "../../components/facts-list";
import { OrNotRecorded } from "../../components/not-recorded";
import type { DatasetIndex } from "../../data/dataset-index";
import { countryName } from "../../data/meeting-labels";
import type { CoChair } from "../../data/schema";

export function CoChairsList({
  index,
  coChairs,
}: {
  index: DatasetIndex;
  coChairs: readonly CoChair[];
}) {
  return (
    <ul className="co-chairs">
      {coChairs.map((chair, i) => (
        <li key={`${chair.country}-${i}`} className="co-chairs__item">
          <p className="co-chairs__country">{countryName(index, chair.country)}</p>
          <FactsList compact>
            <dt>Name</dt>
            <dd>
              <OrNotRecorded value={chair.name}>{(name) => name}</OrNotRecorded>
            </dd>
            <dt>Role</dt>
            <dd>
              <OrNotRecorded value={chair.role}>{(role) => role}</OrNotRecorded>
            </dd>
            <dt>Organisation</dt>
            <dd>
              <OrNotRecorded value={chair.organisation}>{(org) => org}</OrNotRecorded>
            </dd>
          </FactsList>
        </li>
      ))}
    </ul>
  );
}
