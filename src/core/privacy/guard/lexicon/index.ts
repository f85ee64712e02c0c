// All lexicon categories, in the order the guard reports them.
import type { CategoryLexicon } from './types.js';
import { illness } from './illness.js';
import { symptom } from './symptom.js';
import { bodyComplaint } from './bodyComplaint.js';
import { injury } from './injury.js';
import { treatment } from './treatment.js';
import { medication } from './medication.js';
import { careProvider } from './careProvider.js';
import { pregnancy } from './pregnancy.js';
import { mentalHealth } from './mentalHealth.js';
import { cause } from './cause.js';

/** Every category lexicon (one per GuardCategory). */
export const LEXICONS: readonly CategoryLexicon[] = [
  illness, symptom, bodyComplaint, injury, treatment, medication, careProvider, pregnancy, mentalHealth, cause,
];
