import type { DatasetError } from "../data/dataset-error";
import { MessageView } from "./message-view";
import { partsText } from "./part-messages";

const SHOWN = 50;

/** Lists what is wrong with a dataset file and where, so whoever edits it can fix it. */
export default function DatasetErrorView({ error }: { error: DatasetError }) {
  const shown = error.problems.slice(0, SHOWN);
  const text = partsText();
  return (
    <MessageView title={text.datasetProblems()} tone="error">
      <p>{text.cannotShow({ count: error.problems.length })}</p>
      <ul className="problems">
        {shown.map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {error.problems.length > SHOWN ? (
        <p>
          {text.moreProblems({ count: error.problems.length - SHOWN })}{" "}
          <code>npm run validate-data</code> {text.toSeeAll()}
        </p>
      ) : (
        <p>
          {text.checkBefore()} <code>npm run validate-data path/to/file.json</code>
        </p>
      )}
    </MessageView>
  );
}
