import { useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { useLocation, useNavigate } from "react-router";
import { datasetQuery } from "../../data/dataset-query";
import {
  OPENED_NAME_PARAM,
  OPENED_PARAM,
  openedDataset,
  setOpenedDataset,
  subscribeOpenedDataset,
} from "../../data/opened-dataset";
import { openText } from "./messages";

/**
 * Says which data is shown whenever it is not the bundled dataset, with the way back; and, on a
 * link copied while another computer showed an opened dataset, that this data is not that one.
 * A live region, so opening or leaving a dataset is announced.
 */
export function DatasetBanner() {
  const opened = useSyncExternalStore(subscribeOpenedDataset, openedDataset, () => undefined);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const params = new URLSearchParams(useLocation().search);
  const linked = params.get(OPENED_PARAM);
  const foreign =
    linked !== null && linked !== opened?.fingerprint
      ? (params.get(OPENED_NAME_PARAM) ?? "")
      : undefined;
  return (
    <div className="dataset-banner" role="status">
      {opened === undefined ? null : (
        <p className="dataset-banner__line">
          {opened.kept
            ? openText().bannerKept({ name: opened.name })
            : openText().bannerNotKept({ name: opened.name })}{" "}
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpenedDataset(undefined);
              void import("../../data/opened-dataset-store")
                .then(({ forgetDataset }) => forgetDataset())
                .then(() => queryClient.resetQueries({ queryKey: datasetQuery.queryKey }));
              void navigate("/");
            }}
          >
            {openText().returnToBundled()}
          </button>
        </p>
      )}
      {foreign === undefined ? null : (
        <p className="dataset-banner__line">{openText().foreignLink({ name: foreign })}</p>
      )}
    </div>
  );
}
