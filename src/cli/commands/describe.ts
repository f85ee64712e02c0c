// `verzuimbot describe intake [--json]`: the sick-report fields of domain.md §5, for platforms, tests and people.
import { INTAKE_FIELDS } from '../../core/privacy/intake.js';
import { printJson, UsageError, type CliIo, type Command } from '../io.js';

const SUBJECTS = ['intake'] as const;

/** The machine form of the intake (architecture.md "CLI contract"). */
export function describeIntake(): { fields: Array<Record<string, unknown>> } {
  return {
    fields: INTAKE_FIELDS.map((f) => ({
      id: f.id,
      type: f.type,
      required: f.required,
      label: { nl: f.label.nl, en: f.label.en },
      help: { nl: f.help.nl, en: f.help.en },
      options: f.options.map((o) => ({ value: o.value, label: { nl: o.label.nl, en: o.label.en } })),
    })),
  };
}

function printText(io: CliIo): void {
  const lines: string[] = ['Ziekmelding — de vragen (sick report — the questions):', ''];
  for (const f of INTAKE_FIELDS) {
    lines.push(`${f.id} (${f.type}${f.required ? ', verplicht/required' : ', optioneel/optional'})`);
    lines.push(`  ${f.label.nl} / ${f.label.en}`);
    lines.push(`  ${f.help.nl}`);
    for (const o of f.options) lines.push(`    - ${o.value}: ${o.label.nl} / ${o.label.en}`);
    lines.push('');
  }
  io.stdout.write(lines.join('\n'));
}

/** Runs `describe`. */
export const run: Command = async (args, io) => {
  let subject: string | null = null;
  let json = false;
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a.startsWith('-')) throw new UsageError(`describe: unknown option "${a}"`);
    else if (subject === null) subject = a;
    else throw new UsageError(`describe: unexpected argument "${a}"`);
  }
  if (subject === null) throw new UsageError('describe: missing subject (expected "intake")');
  if (!(SUBJECTS as readonly string[]).includes(subject)) throw new UsageError(`describe: unknown subject "${subject}" (expected "intake")`);
  if (json) printJson(io, describeIntake());
  else printText(io);
  return 0;
};
