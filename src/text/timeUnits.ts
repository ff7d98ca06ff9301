/** Units of time a count is made in ("six years", "41 days"): one list for the question's and the story's side. */

/** Each unit of time in the singular; a count may use either number ("one year", "18 months"). */
const TIME_UNIT_SINGULARS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'season'] as const;

/** The plural of a unit ("century" → "centuries"). */
const pluralOf = (unit: string): string => (unit.endsWith('y') && !unit.endsWith('ay') ? `${unit.slice(0, -1)}ies` : `${unit}s`);

/** Every unit of time, singular and plural, as folded words. */
export const TIME_UNITS: ReadonlySet<string> = new Set(TIME_UNIT_SINGULARS.flatMap((unit) => [unit, pluralOf(unit)]));

/** A unit of time, singular or plural, as a regex source without groups of its own (for use inside `\b…\b`). */
export const TIME_UNIT_PATTERN = String.raw`(?:${[...TIME_UNITS].join('|')})`;

/** Units too short to date an event by: a count of them measures a length only ("a ten-minute walk", "30 seconds"). */
const MEASURING_ONLY_UNITS: ReadonlySet<string> = new Set(['minute', 'minutes', 'second', 'seconds']);

/** The units a count of which can date an event ("three centuries", "48 hours ago"): TIME_UNITS less minutes and seconds. */
export const DATING_TIME_UNITS: ReadonlySet<string> = new Set([...TIME_UNITS].filter((unit) => !MEASURING_ONLY_UNITS.has(unit)));
