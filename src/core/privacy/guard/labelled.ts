// Labelled sentence sets (label<TAB>text, '#' comments) and the two figures the guard is judged on.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { checkText } from './index.js';

const Row = z.object({ label: z.enum(['medical', 'ok']), text: z.string().min(1) });
/** One labelled sentence: 'medical' must be refused, 'ok' must pass. */
export type LabelledRow = z.infer<typeof Row>;

/** Parses a TSV set; throws on a malformed line (naming the line number). */
export function parseLabelled(tsv: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    const parsed = Row.safeParse({ label: line.slice(0, tab), text: line.slice(tab + 1).trim() });
    if (tab < 0 || !parsed.success) throw new Error(`line ${i + 1}: expected "medical|ok<TAB>text"`);
    rows.push(parsed.data);
  });
  return rows;
}

/** Reads and parses a TSV file. */
export function loadLabelled(path: string): LabelledRow[] {
  return parseLabelled(readFileSync(path, 'utf8'));
}

/** Recall on medical rows and false-refusal rate on ok rows, with the misclassified rows. */
export interface Score {
  medical: number;
  ok: number;
  recall: number;
  falseRefusal: number;
  missed: LabelledRow[];
  refused: LabelledRow[];
}

/** Runs the guard over a set. */
export function score(rows: readonly LabelledRow[]): Score {
  const missed: LabelledRow[] = [];
  const refused: LabelledRow[] = [];
  let medical = 0;
  let ok = 0;
  for (const row of rows) {
    const flagged = checkText(row.text).medical;
    if (row.label === 'medical') {
      medical++;
      if (!flagged) missed.push(row);
    } else {
      ok++;
      if (flagged) refused.push(row);
    }
  }
  return {
    medical,
    ok,
    recall: medical === 0 ? 1 : (medical - missed.length) / medical,
    falseRefusal: ok === 0 ? 0 : refused.length / ok,
    missed,
    refused,
  };
}
