// Kind nl/en explanations for every refusal and warning the policy gives; the reason code goes to the audit log.
import type { Localized } from '../i18n/locale.js';

/** Reason codes authorize() can refuse with. */
export const REFUSAL_REASONS = [
  'refused.other-employer', 'refused.no-case', 'refused.no-subject', 'refused.unknown-action', 'refused.role',
  'refused.own-case', 'refused.reporter-only', 'refused.external-role', 'refused.step-missing',
  'refused.not-step-responsible', 'refused.td-employer-action', 'refused.casemanager-cannot-agree-plan',
  'refused.export-needs-request',
] as const;
/** A refusal reason of authorize(). */
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Reason codes checkAssignment() can refuse with, and the warning code it can give. */
export const ASSIGNMENT_REASONS = [
  'refused.casemanager-and-td', 'refused.casemanager-and-expert', 'refused.role-not-case-assigned',
  'refused.already-assigned',
] as const;
/** A refusal reason of checkAssignment(). */
export type AssignmentReason = (typeof ASSIGNMENT_REASONS)[number];

/** Warning code for "a manager becomes casemanager" (shown once; the caller remembers it). */
export const WARN_MANAGER_AS_CASEMANAGER = 'warn.manager-as-casemanager';

/** The user-facing explanation for each refusal and warning code. */
export const POLICY_MESSAGES: Readonly<Record<RefusalReason | AssignmentReason | typeof WARN_MANAGER_AS_CASEMANAGER, Localized>> = {
  'refused.other-employer': {
    nl: 'Dit hoort bij een andere werkgever, daar kan ik je niet mee helpen.',
    en: 'This belongs to another employer, so I can’t help you with it.',
  },
  'refused.no-case': {
    nl: 'Ik weet niet over welke melding dit gaat.',
    en: 'I don’t know which case this is about.',
  },
  'refused.no-subject': {
    nl: 'Ik weet niet over wie dit gaat.',
    en: 'I don’t know who this is about.',
  },
  'refused.unknown-action': {
    nl: 'Dat ken ik niet, dus dat doe ik niet.',
    en: 'I don’t know that action, so I won’t do it.',
  },
  'refused.role': {
    nl: 'Dit hoort niet bij jouw rol bij deze melding, dus dit kan ik niet voor je doen.',
    en: 'This isn’t part of your role for this case, so I can’t do it for you.',
  },
  'refused.own-case': {
    nl: 'Dit is je eigen melding. Daarbij ben je werknemer en niet in een andere rol: een collega pakt dit op.',
    en: 'This is your own case. Here you are the employee, not in another role: a colleague will handle this.',
  },
  'refused.reporter-only': {
    nl: 'Je hebt deze ziekmelding doorgegeven, dank je. Je krijgt een bevestiging; verder ligt de melding bij de leidinggevende en HR.',
    en: 'You passed on this sick report, thank you. You get a confirmation; the case itself stays with the manager and HR.',
  },
  'refused.external-role': {
    nl: 'In jouw rol meld je niemand ziek. Dat doen de medewerker zelf, de leidinggevende of HR.',
    en: 'In your role you don’t report anyone sick. The employee, their manager or HR does that.',
  },
  'refused.step-missing': {
    nl: 'Ik weet niet over welke stap dit gaat.',
    en: 'I don’t know which step this is about.',
  },
  'refused.not-step-responsible': {
    nl: 'Deze stap ligt bij iemand anders. De verantwoordelijke, HR of de casemanager kan hem bijwerken.',
    en: 'This step belongs to someone else. The person responsible, HR or the casemanager can update it.',
  },
  'refused.td-employer-action': {
    nl: 'Als casemanager in taakdelegatie werk je onder de bedrijfsarts. Werkgeverstaken, zoals akkoord geven op het plan van aanpak of rollen toekennen, horen daar niet bij: geen dubbele pet.',
    en: 'As a casemanager working under the company doctor’s delegation, you don’t do employer tasks such as agreeing the plan of approach or assigning roles: one hat at a time.',
  },
  'refused.casemanager-cannot-agree-plan': {
    nl: 'Als casemanager adviseer je over het plan van aanpak. Werkgever en werknemer geven er samen akkoord op.',
    en: 'As casemanager you advise on the plan of approach. The employer and the employee agree it together.',
  },
  'refused.export-needs-request': {
    nl: 'HR kan iemands gegevens alleen exporteren als die persoon daar zelf om vraagt.',
    en: 'HR can export someone’s data only when that person asks for it.',
  },
  'refused.casemanager-and-td': {
    nl: 'Iemand kan bij één werkgever niet zowel casemanager als casemanager in taakdelegatie zijn: de een werkt voor de werkgever, de ander onder de bedrijfsarts. Geen dubbele pet, dus kies hier iemand anders voor.',
    en: 'One person can’t be both casemanager and casemanager under the company doctor’s delegation at the same employer: one works for the employer, the other under the doctor. One hat at a time, so please pick someone else.',
  },
  'refused.casemanager-and-expert': {
    nl: 'De casemanager van een melding kan niet ook de arbeidsdeskundige of loonwaardedeskundige van die melding zijn: geen dubbele pet. Kies hier iemand anders voor.',
    en: 'A case’s casemanager can’t also be its labour expert or wage-value expert: one hat at a time. Please pick someone else.',
  },
  'refused.role-not-case-assigned': {
    nl: 'Deze rol geldt voor de hele werkgever, niet voor één melding.',
    en: 'This role applies to the whole employer, not to a single case.',
  },
  'refused.already-assigned': {
    nl: 'Deze persoon heeft deze rol hier al.',
    en: 'This person already has this role here.',
  },
  'warn.manager-as-casemanager': {
    nl: 'Dat mag, maar let op: deze leidinggevende voert dan de regie over een traject waarin hij of zij zelf partij is. Overweeg of iemand anders die regie kan voeren.',
    en: 'That’s allowed, but note: this manager will then steer a process they are a party to themselves. Consider whether someone else could steer it.',
  },
};
