// A small RFC 4180 CSV reader that remembers the line each record starts on (for "line N: …" errors).

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Thrown for a quote that never closes; `line` is where the record started. */
export class CsvSyntaxError extends Error {
  constructor(public readonly line: number) {
    super(`line ${line}: unclosed quote`);
    this.name = 'CsvSyntaxError';
  }
}

/** Parses CSV text (comma separated, "" escapes, CRLF or LF); blank lines are skipped. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let atRecordEnd = false;
    while (i < src.length && !atRecordEnd) {
      const ch = src[i];
      if (quoted) {
        if (ch === '"' && src[i + 1] === '"') { cell += '"'; i += 2; continue; }
        if (ch === '"') { quoted = false; i++; continue; }
        if (ch === '\n') line++;
        cell += ch; i++;
        continue;
      }
      if (ch === '"' && cell.trim() === '') { quoted = true; cell = ''; i++; continue; }
      if (ch === ',') { cells.push(cell); cell = ''; i++; continue; }
      if (ch === '\r' && src[i + 1] === '\n') { i++; continue; }
      if (ch === '\n') { atRecordEnd = true; line++; i++; continue; }
      cell += ch; i++;
    }
    if (quoted) throw new CsvSyntaxError(start);
    cells.push(cell);
    if (!(cells.length === 1 && cells[0].trim() === '')) out.push({ line: start, cells: cells.map((c) => c.trim()) });
  }
  return out;
}
