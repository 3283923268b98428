import { LazyDetails } from "../../components/lazy-details";
import { StableLink } from "../../components/stable-link";
import { useId } from "react";

import type { DatasetIndex } from "../../data/dataset-index";
import { formatPartialDate } from "../../data/format-date";
import { cellsOf, hostingPicture, type HostRow } from "../../data/hosting-picture";
import { placeLabel, shortLabel } from "../../data/meeting-labels";
import { meetingPath } from "../../data/paths";
import "./hosting-chart.css";
import { chartText } from "./messages";

const LABEL_WIDTH = 140;
const YEAR_WIDTH = 30;
const ROW_HEIGHT = 32;
const AXIS_HEIGHT = 28;
const R = 11;

/** Shape carries the host's kind as well as colour: Japan a diamond, ASEAN a circle, online a square. */
function Marker({ kind, x, y, n }: { kind: HostRow["kind"]; x: number; y: number; n: number }) {
  return (
    <g className={`hosting-chart__marker hosting-chart__marker--${kind}`}>
      {kind === "japan" ? (
        <rect
          x={x - R * 0.75}
          y={y - R * 0.75}
          width={R * 1.5}
          height={R * 1.5}
          transform={`rotate(45 ${x} ${y})`}
        />
      ) : kind === "online" ? (
        <rect x={x - R} y={y - R * 0.8} width={R * 2} height={R * 1.6} rx={3} />
      ) : (
        <circle cx={x} cy={y} r={R} />
      )}
      <text x={x} y={y} dy="0.35em" textAnchor="middle">
        {n}
      </text>
    </g>
  );
}

/** Which country hosted which meeting over time, as an SVG chart with a table alternative. */
export function HostingChart({ index }: { index: DatasetIndex }) {
  const picture = hostingPicture(index);
  const titleId = useId();
  const descId = useId();
  const width = LABEL_WIDTH + picture.years.length * YEAR_WIDTH + 10;
  const height = AXIS_HEIGHT + picture.rows.length * ROW_HEIGHT + 6;
  const xOf = (year: number) =>
    LABEL_WIDTH + (year - (picture.years[0] ?? year)) * YEAR_WIDTH + YEAR_WIDTH / 2;
  const placed = picture.rows.reduce((sum, row) => sum + row.meetings.length, 0);
  const policy = index.order.filter((m) => m.kind === "policy-meeting");
  const rows = picture.rows.map((row) => ({ row, cells: cellsOf(row) }));
  // One mark per host and year: it carries the meeting's number while no host held two meetings
  // in a year, and otherwise how many meetings the host held that year.
  const oneEach = rows.every(({ cells }) => cells.every((cell) => cell.meetings.length === 1));
  // A dataset of related events only (an imported timeline) has no hosts to chart.
  if (policy.length === 0) return null;
  const text = chartText();

  return (
    <section className="hosting-chart" aria-labelledby="hosting-heading">
      <h3 id="hosting-heading">{text.heading()}</h3>
      <p id={descId} className="hosting-chart__summary">
        {text.placed({ placed, total: policy.length })}{" "}
        {oneEach ? text.marksNumber() : text.marksCount()}
        {picture.unplaced.length > 0
          ? ` ${text.notPlaced({
              list: picture.unplaced
                .map((u) => text.unplacedItem({ label: shortLabel(u.meeting), missing: u.missing }))
                .join(text.listSeparator()),
            })}`
          : ""}
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls must be reachable by keyboard to be scrolled */}
      <div className="hosting-chart__scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <svg
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
        >
          <title id={titleId}>{text.chartTitle()}</title>
          {picture.years.map((year) => (
            <g key={year}>
              <line
                className="hosting-chart__grid"
                x1={xOf(year)}
                x2={xOf(year)}
                y1={AXIS_HEIGHT - 4}
                y2={height}
              />
              <text
                className="hosting-chart__year"
                x={xOf(year)}
                y={AXIS_HEIGHT - 10}
                textAnchor="middle"
              >
                {`'${String(year).slice(2)}`}
              </text>
            </g>
          ))}
          {rows.map(({ row, cells }, i) => {
            const y = AXIS_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            return (
              <g key={row.host}>
                <text
                  className="hosting-chart__host"
                  x={LABEL_WIDTH - 10}
                  y={y}
                  dy="0.35em"
                  textAnchor="end"
                >
                  {row.label}
                </text>
                {cells.map(({ year, meetings }) => (
                  <Marker
                    key={year}
                    kind={row.kind}
                    x={xOf(year)}
                    y={y}
                    n={oneEach ? (meetings[0]?.number ?? 0) : meetings.length}
                  />
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <LazyDetails className="hosting-chart__table" summary={text.showTable()}>
        {() => (
          <table>
            <caption>{text.caption()}</caption>
            <thead>
              <tr>
                <th scope="col">{text.meeting()}</th>
                <th scope="col">{text.date()}</th>
                <th scope="col">{text.host()}</th>
              </tr>
            </thead>
            <tbody>
              {policy.map((meeting) => (
                <tr key={meeting.id}>
                  <th scope="row">
                    <StableLink to={meetingPath(meeting.id)}>{shortLabel(meeting)}</StableLink>
                  </th>
                  <td>{formatPartialDate(meeting.date)}</td>
                  <td>{placeLabel(index, meeting)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LazyDetails>
    </section>
  );
}
