import { useDatasetIndex } from "../data/use-dataset-index";
import { BriefingPage } from "../features/briefing/briefing-page";

export default function BriefingRoute() {
  return <BriefingPage index={useDatasetIndex()} />;
}
