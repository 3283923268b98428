import { useDatasetIndex } from "../data/use-dataset-index";
import { Handout } from "../features/handout/handout";

export default function HandoutRoute() {
  return <Handout index={useDatasetIndex()} />;
}
