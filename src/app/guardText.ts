// Runs every free text a use case would store through the medical-text guard before anything is written.
import type { GuardCategory } from '../core/privacy/guardTypes.js';
import { checkText } from '../core/privacy/guard/index.js';
import { MedicalDataRefused } from './errors.js';

/** Throws MedicalDataRefused naming every field whose text looks medical (empty fields pass). */
export function guardFields(fields: Record<string, string | null | undefined>): void {
  const refused: string[] = [];
  const categories = new Set<GuardCategory>();
  for (const [field, text] of Object.entries(fields)) {
    if (!text || !text.trim()) continue;
    const r = checkText(text);
    if (r.medical) {
      refused.push(field);
      r.categories.forEach((c) => categories.add(c));
    }
  }
  if (refused.length) throw new MedicalDataRefused(refused, [...categories]);
}
