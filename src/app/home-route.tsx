import { useDatasetIndex } from "../data/use-dataset-index";
import { SeriesOverview } from "../features/series-overview/series-overview";

export function HomeRoute() {
  return <SeriesOverview index={useDatasetIndex()} />;
}
