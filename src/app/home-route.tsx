import { useDatasetIndex } from "../data/use-dataset-index";
import { HostingChart } from "../features/hosting-chart/hosting-chart";
import { SeriesOverview } from "../features/series-overview/series-overview";

export default function HomeRoute() {
  const index = useDatasetIndex();
  return (
    <>
      <SeriesOverview index={index} />
      <HostingChart index={index} />
    </>
  );
}
