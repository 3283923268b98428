import { FactsList } from "../../components/facts-list";
import { OrNotRecorded } from "../../components/not-recorded";
import type { DatasetIndex } from "../../data/dataset-index";
import { countryName } from "../../data/meeting-labels";
import type { CoChair } from "../../data/schema";
import { SourceText } from "../../components/source-text";
import { detailsText } from "./messages";
import { coChairName } from "../../data/co-chair-details";

export function CoChairsList({
  index,
  coChairs,
}: {
  index: DatasetIndex;
  coChairs: readonly CoChair[];
}) {
  const text = detailsText();
  return (
    <ul className="co-chairs">
      {coChairs.map((chair, i) => (
        <li key={`${chair.country}-${i}`} className="co-chairs__item">
          <p className="co-chairs__country">{countryName(index, chair.country)}</p>
          <FactsList compact>
            <dt>{text.name()}</dt>
            <dd>
              <OrNotRecorded value={coChairName(chair)}>{(name) => name}</OrNotRecorded>
            </dd>
            <dt>{text.role()}</dt>
            <dd>
              <OrNotRecorded value={chair.role}>
                {(role) => <SourceText text={role} />}
              </OrNotRecorded>
            </dd>
            <dt>{text.organisation()}</dt>
            <dd>
              <OrNotRecorded value={chair.organisation}>
                {(org) => <SourceText text={org} />}
              </OrNotRecorded>
            </dd>
          </FactsList>
        </li>
      ))}
    </ul>
  );
}
