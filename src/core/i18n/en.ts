// English message catalog: the same keys and parameters as nl.ts (checked by type and by test).
import type { Catalog } from './nl.js';

/** Every user-facing text in English. */
export const en: Catalog = {
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.and': 'and',
  'common.self': 'myself',

  // role names
  'role.employee': 'employee',
  'role.manager': 'manager',
  'role.hr': 'HR',
  'role.casemanager': 'case manager',
  'role.casemanager-td': 'case manager (task delegation)',
  'role.bedrijfsarts': 'occupational physician',
  'role.arbeidsdeskundige': 'labour expert',
  'role.loonwaardedeskundige': 'wage-value expert',
  'role.insurer': 'insurer',
  'role.admin': 'administrator',

  // relative dates and weeks (flows/format)
  'date.today': 'today',
  'date.tomorrow': 'tomorrow',
  'date.yesterday': 'yesterday',
  'date.inDays_one': 'in {count} day',
  'date.inDays_other': 'in {count} days',
  'date.daysOverdue_one': '{count} day overdue',
  'date.daysOverdue_other': '{count} days overdue',
  'date.daysAgo_one': '{count} day ago',
  'date.daysAgo_other': '{count} days ago',
  'date.week': 'Week {week} of {total}',

  // step lines and checklist states
  'step.due': 'due {date}',
  'step.window': 'between {start} and {end}',
  'step.movedFrom': 'was {date}',
  'step.responsible': 'Who: {roles}',
  'step.basis': 'Legal basis: {basis}',
  'step.consequence': 'If missed: {consequence}',
  'step.reason': 'Reason: {reason}',
  'step.practice': 'good practice',
  'step.state.done': 'Done on {date}',
  'step.state.open': 'Open',
  'step.state.due-soon': 'Due soon',
  'step.state.overdue': 'Overdue',
  'step.state.not-applicable': 'Not applicable',
  'step.state.deviated': 'Moved to {date}',
  'step.state.not-due': 'Lapsed: case closed',

  // step buttons and their outcomes
  'button.done': 'Done',
  'button.notApplicable': 'Not applicable',
  'button.deviate': 'Deviate with reason',
  'button.showCase': 'Show case',
  'step.doneConfirmed': '{step} is marked done, completed on {date}.',
  'step.notApplicableConfirmed': '{step} is marked not applicable. The reason is kept.',
  'step.deviatedConfirmed': '{step} has moved to {date}. The reason is kept in the file.',
  'step.alreadyClosed': '{step} was already dealt with.',

  // deviation and not-applicable forms
  'deviate.title': 'Deviate: {step}',
  'deviate.submit': 'Save deviation',
  'deviate.reason': 'Reason for the deviation',
  'deviate.reasonHelp': 'Why is a later date justified? No medical details: those belong with the occupational physician.',
  'deviate.newDate': 'New date',
  'deviate.newDateHelp': 'Later than the current date ({date}).',
  'deviate.dateNotLater': 'Pick a date after {date}.',
  'notApplicable.title': 'Not applicable: {step}',
  'notApplicable.submit': 'Save',
  'notApplicable.reason': 'Why is this step not needed?',
  'notApplicable.reasonHelp': 'Short and factual; the reason goes into the file.',

  // form validation (inline errors)
  'form.required': 'This field is required.',
  'form.invalidDate': 'Write the date as 2026-02-16.',
  'form.invalidChoice': 'Pick one of the options.',
  'form.tooLong': 'At most {max} characters.',
  'form.medical': 'No health information here, please. Describe only work and appointments.',

  // sick report
  'sick.title': 'Sick report',
  'sick.submit': 'Send sick report',
  'sick.intro': 'A few short questions. Don’t tell me about the illness itself: that is for the occupational physician.',
  'sick.whoPrompt': 'Who is sick?',
  'sick.futureDate': 'The first day of sickness cannot be in the future.',
  'sick.confirmed': 'Sick report for {name} recorded, first day of sickness {date}.',
  'sick.confirmedSelf': 'Your sick report is recorded, first day of sickness {date}. Get well soon!',
  'sick.joinedPrevious': 'This report falls within 4 weeks of the last recovery ({date}), so it belongs to the same case. The weeks keep counting.',
  'sick.lateReport': 'Note: the first day of sickness was {days} days ago. Please report sickness on the first day from now on; I have recorded this one.',
  'sick.needsCasemanager': 'This may take longer than 6 weeks. Case manager {name} has been brought in.',
  'sick.needsCasemanagerNone': 'This may take longer than 6 weeks, and there is no case manager yet. Appoint one with: role assign @person casemanager',
  'sick.alreadyOpen': '{name} has been reported sick since {date}.',
  'sick.reporterThanks': 'Thank you. {name}’s manager takes it from here.',
  'sick.managerInformed': 'I have let {name} know the report is in.',
  'sick.regresHint': 'A third party may be liable. You can then recover the wage costs (regres); discuss it with HR or the insurer.',
  'sick.workAccidentHint': 'Was it a serious accident at work? Then report it to the Netherlands Labour Authority right away.',

  // recovery
  'recovery.title': 'Recovery report',
  'recovery.submit': 'Report recovery',
  'recovery.whoPrompt': 'Who has recovered?',
  'recovery.extent': 'Fully or partially recovered?',
  'recovery.extent.full': 'Fully: back at their own work',
  'recovery.extent.partial': 'Partially: working part of the time',
  'recovery.date': 'Recovered as of',
  'recovery.dateHelp': 'The first day back at work.',
  'recovery.confirmedFull': 'Recovery of {name} recorded as of {date}. The case is closed.',
  'recovery.confirmedPartial': 'Partial recovery of {name} recorded as of {date}. The waiting period keeps running.',
  'recovery.confirmedSelf': 'Good to have you back! Your recovery is recorded as of {date}.',
  'recovery.reopenHint': 'If {name} falls ill again within 4 weeks, the same case continues.',
  'recovery.notSick': '{name} has no open sick report.',
  'recovery.beforeStart': 'That date is before the first day of sickness ({date}).',

  // status of a case
  'status.title': 'Status: {name}',
  'status.firstSickDay': 'First day of sickness: {date}',
  'status.partial': 'Partially back at work since {date}.',
  'status.overdue': 'Overdue',
  'status.dueSoon': 'Due soon',
  'status.next': 'Next steps',
  'status.nothingOpen': 'No step is open right now.',
  'status.closed': 'This case has been closed since {date}.',
  'status.noCase': '{name} has no open case.',
  'status.whom': 'Whose status would you like to see? For example: status Jan',

  // checklist
  'checklist.title': 'Re-integration file checklist: {name}',
  'checklist.summary': '{done} of {total} steps completed.',
  'checklist.whom': 'Whose checklist would you like to see? For example: checklist Jan',

  // my tasks
  'tasks.title': 'Your tasks',
  'tasks.none': 'You have no open tasks. Well done!',
  'tasks.some_one': 'You have {count} open task.',
  'tasks.some_other': 'You have {count} open tasks.',
  'tasks.line': '{step} for {name}',

  // roles
  'roles.assigned': '{name} is now {role}.',
  'roles.assignedOnCase': '{name} is now {role} on the case of {employee}.',
  'roles.revoked': '{name} is no longer {role}.',
  'roles.revokedOnCase': '{name} is no longer {role} on the case of {employee}.',
  'roles.alreadyHeld': '{name} already is {role}.',
  'roles.notHeld': '{name} is not {role}.',
  'roles.refused': 'That can’t be done: {reason}',
  'roles.warning': 'Note: {warning}',
  'roles.usage': 'How it works: role assign @person ROLE [for case CASE], or role revoke @person ROLE. Roles: {roles}.',

  // refusals and errors
  'refusal.medical': 'Thanks for sharing, but this is health information and I’m not allowed to keep it. I haven’t recorded it; the occupational physician is the right person to discuss this with.',
  'refusal.notAllowed': 'Sorry, that is outside your role.',
  'refusal.notFound': 'I can’t find anyone by that name whom you may see.',
  'refusal.caseNotFound': 'I can’t find that case.',
  'refusal.ambiguous': 'Which {name} do you mean?',
  'refusal.concurrency': 'Someone else just updated this case. Please try again.',
  'refusal.emergencyOutOfScope': 'An emergency instruction for colleagues (for example for epilepsy or diabetes) is not something I can record in this version. Please arrange it with the employee outside the bot.',
  'refusal.privateOnly': 'I only discuss that in a private chat with you.',
  'refusal.expired': 'This conversation has expired. Feel free to start again.',
  'refusal.error': 'Something went wrong on my side. Please try again later.',

  // language
  'language.switched': 'From now on I’ll speak English with you.',
  'language.choose': 'Choose a language: language nl (Nederlands) or language en (English).',

  // help
  'help.title': 'Here is what I can do',
  'help.sick': 'sick — report sickness, for yourself or for someone else',
  'help.recovery': 'recovered — report recovery, full or partial',
  'help.status': 'status Jan — which step is due now, and why',
  'help.tasks': 'tasks — your open tasks',
  'help.checklist': 'checklist Jan — every step of the re-integration file',
  'help.role': 'role assign @person ROLE — manage roles (HR and admins)',
  'help.language': 'language nl — schakel naar Nederlands',
  'help.help': 'help — this overview',
  'help.slack': 'In Slack, put /verzuim in front, for example: /verzuim status Jan',
  'help.privacy': 'Don’t tell me about the illness itself: discuss that with the occupational physician.',

  // not understood
  'unknown.text': 'I didn’t quite get that. Did you mean one of these?',
  'unknown.helpHint': 'Type help for everything I can do.',

  // reminders
  'reminder.before': 'Coming up: {step} for {name}, due {date} ({when}).',
  'reminder.dueToday': 'Due today: {step} for {name}.',
  'reminder.overdue': 'Overdue: {step} for {name} was due {date} ({when}).',

  // weekly digest
  'digest.title': 'Weekly absence digest, {date}',
  'digest.openCases': 'Open cases ({count})',
  'digest.new': 'New ({count})',
  'digest.overdue': 'Overdue ({count})',
  'digest.dueIn14': 'Due in the next 14 days ({count})',
  'digest.stagnation': 'Stalled ({count})',
  'digest.noVoortgang': 'no progress meeting for {days} days',
  'digest.noSpreekuur': 'no consultation with the occupational physician for {days} days',
  'digest.upcoming42': 'Week-42 notifications coming up ({count})',
  'digest.caseLine': '{name}, week {week}',
  'digest.nothing': 'Nothing to report this week.',

  // console adapter
  'console.required': 'required',
  'console.options': 'Options',
  'console.default': 'default: {value}',
  'console.buttonsHint': 'Type a number to press a button.',
  'console.personHint': 'a name, or "me" for yourself',
  'console.dateHint': 'YYYY-MM-DD',
  'console.noSuchButton': 'There is no button number {n}.',
};
