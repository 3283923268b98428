import type { DatasetError } from "../data/dataset-error";
import { MessageView } from "./message-view";

const SHOWN = 50;

/** Lists what is wrong with a dataset file and where, so whoever edits it can fix it. */
export default function DatasetErrorView({ error }: { error: DatasetError }) {
  const shown = error.problems.slice(0, SHOWN);
  return (
    <MessageView title="The dataset has problems" tone="error">
      <p>
        The app cannot show the meetings until the dataset file is fixed. {error.problems.length}{" "}
        {error.problems.length === 1 ? "problem was" : "problems were"} found:
      </p>
      <ul className="problems">
        {shown.map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {error.problems.length > SHOWN ? (
        <p>
          …and {error.problems.length - SHOWN} more. Run <code>npm run validate-data</code> to see
          them all.
        </p>
      ) : (
        <p>
          Check a file before shipping it with <code>npm run validate-data path/to/file.json</code>.
        </p>
      )}
    </MessageView>
  );
}
