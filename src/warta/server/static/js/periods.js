// Periods as the API gives them: the first day of a day, ISO week (Monday), month or year, as YYYY-MM-DD.
// Labels, last days and the dense run of periods between two, all computed in UTC.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = 86_400_000;

const parse = (iso) => new Date(iso + "T00:00:00Z");
const format = (date) => date.toISOString().slice(0, 10);

/** The ISO 8601 week of a date: the year of its Thursday and the week number within that year. */
export function isoWeek(iso) {
  const date = parse(iso);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / (7 * DAY));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export function periodLabel(iso, interval) {
  if (interval === "week") return isoWeek(iso);
  if (interval === "month") return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  if (interval === "year") return iso.slice(0, 4);
  return iso;
}

/** The first day of the period after the one starting on `iso`. */
function next(iso, interval) {
  const date = parse(iso);
  if (interval === "day") return format(new Date(date.getTime() + DAY));
  if (interval === "week") return format(new Date(date.getTime() + 7 * DAY));
  if (interval === "month") return format(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
  return format(new Date(Date.UTC(date.getUTCFullYear() + 1, 0, 1)));
}

/** The last day of the period starting on `iso` (inclusive, as the API's `end`). */
export function periodEnd(iso, interval) {
  return format(new Date(parse(next(iso, interval)).getTime() - DAY));
}

/** Every period from `first` to `last` (both period starts), empty ones included. */
export function periodsBetween(first, last, interval) {
  const out = [];
  for (let p = first; p <= last && out.length < 20_000; p = next(p, interval)) out.push(p);
  return out;
}

/** The period [start, end] narrowed by the filters' own dates, so a drill-down never widens them. */
export function periodFilter(iso, interval, params) {
  const end = periodEnd(iso, interval);
  return {start: params.start && params.start > iso ? params.start : iso,
          end: params.end && params.end < end ? params.end : end};
}
