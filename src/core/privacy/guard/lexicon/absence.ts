// Absence context: words that say a clause is about someone being away or ill (used by the cause rules).

/** Regex fragments (wrapped in \b…\b) that mark the absence itself. */
export const ABSENCE_CONTEXT: readonly string[] = [
  'ziek\\w*', 'uitgevallen', 'uitval', 'valt uit', 'afwezig\\w*', 'verzuim\\w*', 'thuis\\w*', 'niet (meer )?(kunnen )?werken',
  'kan (\\w+ )?niet (\\w+ )?werken', 'niet aan het werk', 'arbeidsongeschikt\\w*', 'ingestort', 'instorten', 'overspannen',
  'sick', 'ill', 'illness', 'off work', 'off sick', 'signed off', 'is off', 'been off', 'absent', 'absence', 'at home', 'stays? home',
  'staying home', 'cant work', 'cannot work', 'unable to work', 'not working', 'out of action', 'burnout', 'klachten',
];
