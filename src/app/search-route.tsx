import { useDatasetIndex } from "../data/use-dataset-index";
import { SearchPage } from "../features/search/search-page";

export default function SearchRoute() {
  return <SearchPage index={useDatasetIndex()} />;
}
