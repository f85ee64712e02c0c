// Stable ids of every catalog step (domain.md §3): used by the CLI, the store and tests.

/** Legal steps and practice prompts, in catalog order. */
export const STEP_IDS = [
  'ziekmelding-werkgever', 'ziekmelding-arbodienst', 'melding-verzekeraar', 'vangnet-melding-uwv',
  'probleemanalyse', 'casemanager-aanwijzen', 'plan-van-aanpak', 'financiele-voorlichting',
  'voortgangsgesprek', 'spreekuur-bedrijfsarts', 'melding-42e-week', 'eerstejaarsevaluatie',
  'izp-fml', 'arbeidsdeskundig-onderzoek', 'pre-wia-scan-1', 'spoor-2', 'pre-wia-scan-2',
  'vervroegde-iva', 'actueel-oordeel-bedrijfsarts', 'wia-brief-uwv', 're-integratieverslag',
  'eindevaluatie', 'wia-aanvraag', 'wia-ontvangstbevestiging', 'wia-uitnodiging',
  'ingebrekestelling-uwv', 'voorlichting-na-104-weken', 'einde-wachttijd',
  'einde-loondoorbetaling', 'wia-beschikking',
] as const;
/** A step id. */
export type StepId = (typeof STEP_IDS)[number];

/** Steps that recur: each completion schedules the next one. */
export const RECURRING_STEPS = ['voortgangsgesprek', 'spreekuur-bedrijfsarts'] as const satisfies readonly StepId[];
