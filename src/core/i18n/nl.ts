// Dutch message catalog (the default). Keys are shared with en.ts; `{name}` marks a parameter,
// `_one`/`_other` pairs are plural forms (see plural() in translate.ts). Short, friendly, our own words.

/** Every user-facing text in Dutch. */
export const nl = {
  'common.yes': 'Ja',
  'common.no': 'Nee',
  'common.cancel': 'Annuleren',
  'common.save': 'Opslaan',
  'common.and': 'en',
  'common.self': 'ik zelf',

  // role names
  'role.employee': 'werknemer',
  'role.manager': 'leidinggevende',
  'role.hr': 'HR',
  'role.casemanager': 'casemanager',
  'role.casemanager-td': 'casemanager (taakdelegatie)',
  'role.bedrijfsarts': 'bedrijfsarts',
  'role.arbeidsdeskundige': 'arbeidsdeskundige',
  'role.loonwaardedeskundige': 'loonwaardedeskundige',
  'role.insurer': 'verzekeraar',
  'role.admin': 'beheerder',

  // relative dates and weeks (src/core/format)
  'date.today': 'vandaag',
  'date.tomorrow': 'morgen',
  'date.yesterday': 'gisteren',
  'date.inDays_one': 'over {count} dag',
  'date.inDays_other': 'over {count} dagen',
  'date.daysOverdue_one': '{count} dag te laat',
  'date.daysOverdue_other': '{count} dagen te laat',
  'date.daysAgo_one': '{count} dag geleden',
  'date.daysAgo_other': '{count} dagen geleden',
  'date.week': 'Week {week} van {total}',

  // step lines and checklist states
  'step.due': 'uiterlijk {date}',
  'step.window': 'tussen {start} en {end}',
  'step.movedFrom': 'was {date}',
  'step.responsible': 'Wie: {roles}',
  'step.basis': 'Grondslag: {basis}',
  'step.consequence': 'Als het mist: {consequence}',
  'step.reason': 'Reden: {reason}',
  'step.practice': 'goede praktijk',
  'step.state.done': 'Gedaan op {date}',
  'step.state.open': 'Open',
  'step.state.due-soon': 'Binnenkort',
  'step.state.overdue': 'Te laat',
  'step.state.not-applicable': 'Niet van toepassing',
  'step.state.deviated': 'Verplaatst naar {date}',
  'step.state.not-due': 'Vervallen: zaak gesloten',

  // step buttons and their outcomes
  'button.done': 'Klaar',
  'button.notApplicable': 'Niet van toepassing',
  'button.deviate': 'Afwijken met reden',
  'button.showCase': 'Bekijk zaak',
  'step.doneConfirmed': '{step} staat op klaar, gedaan op {date}.',
  'step.notApplicableConfirmed': '{step} staat op niet van toepassing. De reden is bewaard.',
  'step.deviatedConfirmed': '{step} is verplaatst naar {date}. De reden is bewaard voor het dossier.',
  'step.alreadyClosed': '{step} was al afgehandeld.',

  // deviation and not-applicable forms
  'deviate.title': 'Afwijken: {step}',
  'deviate.submit': 'Afwijking opslaan',
  'deviate.reason': 'Reden van de afwijking',
  'deviate.reasonHelp': 'Waarom is een latere datum gerechtvaardigd? Geen medische details: die horen bij de bedrijfsarts.',
  'deviate.newDate': 'Nieuwe datum',
  'deviate.newDateHelp': 'Later dan de huidige datum ({date}).',
  'deviate.dateNotLater': 'Kies een datum na {date}.',
  'notApplicable.title': 'Niet van toepassing: {step}',
  'notApplicable.submit': 'Opslaan',
  'notApplicable.reason': 'Waarom is deze stap niet nodig?',
  'notApplicable.reasonHelp': 'Kort en zakelijk; de reden gaat mee in het dossier.',

  // form validation (inline errors)
  'form.required': 'Dit veld is verplicht.',
  'form.invalidDate': 'Schrijf de datum als 2026-02-16.',
  'form.invalidChoice': 'Kies een van de opties.',
  'form.tooLong': 'Maximaal {max} tekens.',
  'form.medical': 'Hier mag geen gezondheidsinformatie in. Beschrijf alleen werk en afspraken.',

  // sick report
  'sick.title': 'Ziekmelding',
  'sick.submit': 'Ziekmelding versturen',
  'sick.intro': 'Een paar korte vragen. Vertel me niets over de ziekte zelf: dat is iets voor de bedrijfsarts.',
  'sick.whoPrompt': 'Wie is er ziek?',
  'sick.futureDate': 'De eerste ziektedag kan niet in de toekomst liggen.',
  'sick.confirmed': 'Ziekmelding van {name} vastgelegd, eerste ziektedag {date}.',
  'sick.confirmedSelf': 'Je ziekmelding is vastgelegd, eerste ziektedag {date}. Beterschap!',
  'sick.joinedPrevious': 'Deze melding valt binnen 4 weken na het vorige herstel ({date}), dus hij hoort bij dezelfde zaak. De weken tellen door.',
  'sick.lateReport': 'Let op: de eerste ziektedag ligt {days} dagen terug. Meld ziekte voortaan op de eerste dag; ik leg deze melding wel vast.',
  'sick.needsCasemanager': 'Dit kan langer dan 6 weken duren. Casemanager {name} is ingeschakeld.',
  'sick.needsCasemanagerNone': 'Dit kan langer dan 6 weken duren, en er is nog geen casemanager. Wijs er een aan met: rol toekennen @persoon casemanager',
  'sick.alreadyOpen': '{name} staat al ziek gemeld sinds {date}.',
  'sick.reporterThanks': 'Dank je. De leidinggevende van {name} neemt het vanaf hier over.',
  'sick.managerInformed': 'Ik heb {name} laten weten dat de melding binnen is.',
  'sick.regresHint': 'Er is mogelijk een aansprakelijke derde. Je kunt de loonkosten dan verhalen (regres); bespreek dat met HR of de verzekeraar.',
  'sick.workAccidentHint': 'Was het een ernstig arbeidsongeval? Dan moet je het direct melden bij de Nederlandse Arbeidsinspectie.',

  // recovery
  'recovery.title': 'Herstelmelding',
  'recovery.submit': 'Herstel melden',
  'recovery.whoPrompt': 'Wie is er hersteld?',
  'recovery.extent': 'Volledig of gedeeltelijk hersteld?',
  'recovery.extent.full': 'Volledig: weer aan het eigen werk',
  'recovery.extent.partial': 'Gedeeltelijk: deels aan het werk',
  'recovery.date': 'Hersteld per',
  'recovery.dateHelp': 'De eerste dag weer aan het werk.',
  'recovery.confirmedFull': 'Herstel van {name} vastgelegd per {date}. De zaak is gesloten.',
  'recovery.confirmedPartial': 'Gedeeltelijk herstel van {name} vastgelegd per {date}. De wachttijd loopt door.',
  'recovery.confirmedSelf': 'Fijn dat je er weer bent! Je herstel is vastgelegd per {date}.',
  'recovery.reopenHint': 'Wordt {name} binnen 4 weken weer ziek, dan loopt dezelfde zaak door.',
  'recovery.notSick': '{name} heeft geen lopende ziekmelding.',
  'recovery.beforeStart': 'Die datum ligt voor de eerste ziektedag ({date}).',

  // status of a case
  'status.title': 'Stand van zaken: {name}',
  'status.firstSickDay': 'Eerste ziektedag: {date}',
  'status.partial': 'Gedeeltelijk aan het werk sinds {date}.',
  'status.overdue': 'Te laat',
  'status.dueSoon': 'Binnenkort',
  'status.next': 'Volgende stappen',
  'status.nothingOpen': 'Er staat nu geen stap open.',
  'status.closed': 'Deze zaak is gesloten sinds {date}.',
  'status.noCase': '{name} heeft geen lopende zaak.',
  'status.whom': 'Van wie wil je de stand van zaken zien? Bijvoorbeeld: status Jan',

  // checklist
  'checklist.title': 'Checklist re-integratiedossier: {name}',
  'checklist.summary': '{done} van {total} stappen afgerond.',
  'checklist.whom': 'Van wie wil je de checklist zien? Bijvoorbeeld: checklist Jan',

  // my tasks
  'tasks.title': 'Jouw taken',
  'tasks.none': 'Je hebt geen openstaande taken. Lekker bezig!',
  'tasks.some_one': 'Je hebt {count} openstaande taak.',
  'tasks.some_other': 'Je hebt {count} openstaande taken.',
  'tasks.line': '{step} voor {name}',

  // roles
  'roles.assigned': '{name} is nu {role}.',
  'roles.assignedOnCase': '{name} is nu {role} voor de zaak van {employee}.',
  'roles.revoked': '{name} is geen {role} meer.',
  'roles.revokedOnCase': '{name} is geen {role} meer voor de zaak van {employee}.',
  'roles.alreadyHeld': '{name} is al {role}.',
  'roles.notHeld': '{name} is geen {role}.',
  'roles.refused': 'Dat gaat niet: {reason}',
  'roles.warning': 'Let op: {warning}',
  'roles.usage': 'Zo werkt het: rol toekennen @persoon ROL [voor zaak ZAAK], of rol intrekken @persoon ROL. Rollen: {roles}.',

  // refusals and errors
  'refusal.medical': 'Fijn dat je het deelt, maar dit is gezondheidsinformatie en die mag ik niet bewaren. Ik heb het niet vastgelegd; de bedrijfsarts is de juiste persoon om dit mee te bespreken.',
  'refusal.notAllowed': 'Sorry, dat valt buiten jouw rol.',
  'refusal.notFound': 'Ik kan niemand met die naam vinden die jij mag zien.',
  'refusal.caseNotFound': 'Ik kan die zaak niet vinden.',
  'refusal.ambiguous': 'Welke {name} bedoel je?',
  'refusal.concurrency': 'Iemand anders heeft deze zaak net bijgewerkt. Probeer het nog een keer.',
  'refusal.emergencyOutOfScope': 'Een noodinstructie voor collega’s (bijvoorbeeld bij epilepsie of diabetes) kan ik in deze versie niet vastleggen. Spreek dat samen met de werknemer buiten de bot af.',
  'refusal.privateOnly': 'Dat bespreek ik alleen in een privégesprek met jou.',
  'refusal.expired': 'Dit gesprek is verlopen. Begin gerust opnieuw.',
  'refusal.error': 'Er ging aan mijn kant iets mis. Probeer het straks nog eens.',

  // language
  'language.switched': 'Vanaf nu praat ik Nederlands met je.',
  'language.choose': 'Kies een taal: taal nl (Nederlands) of taal en (English).',

  // help
  'help.title': 'Dit kan ik voor je doen',
  'help.sick': 'ziek — een ziekmelding doen, voor jezelf of voor een ander',
  'help.recovery': 'beter — herstel melden, volledig of gedeeltelijk',
  'help.status': 'status Jan — welke stap nu aan de beurt is, en waarom',
  'help.tasks': 'taken — jouw openstaande taken',
  'help.checklist': 'checklist Jan — alle stappen van het re-integratiedossier',
  'help.role': 'rol toekennen @persoon ROL — rollen beheren (HR en beheer)',
  'help.language': 'taal en — switch to English',
  'help.help': 'help — dit overzicht',
  'help.slack': 'In Slack zet je /verzuim ervoor, bijvoorbeeld: /verzuim status Jan',
  'help.privacy': 'Vertel me niets over de ziekte zelf: dat bespreek je met de bedrijfsarts.',

  // not understood
  'unknown.text': 'Dat begreep ik niet helemaal. Bedoel je een van deze?',
  'unknown.helpHint': 'Typ help voor alles wat ik kan.',

  // reminders
  'reminder.before': 'Binnenkort: {step} voor {name}, uiterlijk {date} ({when}).',
  'reminder.dueToday': 'Vandaag: {step} voor {name}.',
  'reminder.overdue': 'Te laat: {step} voor {name} moest uiterlijk {date} ({when}).',
  'reminder.heading': 'Herinnering',
  'reminder.headingMany': 'Herinneringen ({count})',
  'reminder.more': 'En nog {count}; typ taken voor het hele overzicht.',

  // weekly digest
  'digest.title': 'Weekoverzicht verzuim, {date}',
  'digest.openCases': 'Open zaken ({count})',
  'digest.new': 'Nieuw ({count})',
  'digest.overdue': 'Te laat ({count})',
  'digest.dueIn14': 'In de komende 14 dagen ({count})',
  'digest.stagnation': 'Stilstand ({count})',
  'digest.noVoortgang': 'geen voortgangsgesprek in {days} dagen',
  'digest.noSpreekuur': 'geen spreekuur bij de bedrijfsarts in {days} dagen',
  'digest.upcoming42': 'Binnenkort 42e-weekmelding ({count})',
  'digest.caseLine': '{name}, week {week}',
  'digest.nothing': 'Niets te melden deze week.',
  'digest.stepLine': '{name}: {step}, uiterlijk {date}',
  'digest.stagnationLine': '{name}: {what}',
  'digest.more': 'en nog {count}',
  'digest.summary': 'Weekoverzicht verzuim: {open} open, {overdue} te laat',

  // console adapter
  'console.required': 'verplicht',
  'console.options': 'Opties',
  'console.default': 'standaard: {value}',
  'console.buttonsHint': 'Typ een nummer om op een knop te drukken.',
  'console.personHint': 'een naam, of "ik" voor jezelf',
  'console.dateHint': 'JJJJ-MM-DD',
  'console.noSuchButton': 'Er is geen knop met nummer {n}.',

  // conversations (flows/)
  'flow.sick.colleagueNotice': 'Wil je het team laten weten dat iemand er niet is? Deel dan alleen dit: "{notice}"',
  'flow.sick.casemanagerNotice': 'Nieuwe melding met een verwachte duur van meer dan 6 weken: {name}, eerste ziektedag {date}. Jij bent de casemanager.',
  'flow.sick.employeeAmbiguous': 'Meerdere mensen passen hierbij: {names}. Kies er een of typ de volledige naam.',
  'flow.sick.employeeNotFound': 'Ik kan niemand met die naam vinden die jij mag zien. Typ de volledige naam, of "ik" voor jezelf.',
  'flow.form.invalidPhone': 'Dit lijkt geen telefoonnummer. Gebruik alleen cijfers, spaties en eventueel een +.',
  'flow.form.dateTooOld': 'Die datum ligt meer dan twee jaar terug.',
  'flow.status.noCases': 'Er zijn geen lopende zaken die jij mag zien.',
  'flow.status.stepLine': '{title} — {when}',
  'flow.status.later': 'Alle stappen, ook de latere, zie je in de checklist.',
  'flow.tasks.more_one': 'En nog {count} taak verderop.',
  'flow.tasks.more_other': 'En nog {count} taken verderop.',
  'flow.home.cases': 'Zaken die jij mag zien',
  'flow.home.noCases': 'Er lopen geen zaken die jij mag zien.',
  'flow.help.step': 'klaar probleemanalyse Jan — een stap afvinken (ook: nvt STAP NAAM, afwijken STAP NAAM)',
  'flow.step.usage': 'Zo werk je een stap bij: klaar STAP NAAM, nvt STAP NAAM of afwijken STAP NAAM. Bijvoorbeeld: klaar probleemanalyse Jan',
  'flow.step.unknownStep': 'Die stap ken ik niet. In de checklist staan alle stappen.',
  'flow.console.intro': 'Je praat met verzuimbot als {name} ({role}). Het is {date}. Typ help voor wat ik kan; /as ROL:NAAM wisselt van persoon, /date JJJJ-MM-DD verzet de tijd, /quit stopt.',
  'flow.console.as': 'Je bent nu {name} ({role}).',
  'flow.console.asUsage': 'Zo wissel je van persoon: /as ROL:NAAM, bijvoorbeeld /as hr:Piet',
  'flow.console.asRefused': 'Die rol kan deze persoon niet krijgen: {reason}',
  'flow.console.date': 'Het is nu {date}.',
  'flow.console.dateUsage': 'Zo verzet je de tijd: /date JJJJ-MM-DD',
  'flow.console.slashUsage': 'Die opdracht ken ik niet. Gebruik /as, /date, /cancel of /quit.',
  'flow.console.formIntro': 'Ik stel de vragen een voor een. Enter neemt de standaard of slaat een vraag over; /cancel stopt.',
  'flow.console.cancelled': 'Gestopt. Er is niets opgeslagen.',
  'flow.console.messages': 'Nieuwe berichten voor jou:',
  'flow.console.bye': 'Tot ziens!',
} as const;

/** A message key. */
export type MessageKey = keyof typeof nl;
/** A catalog: a text for every key (en.ts must satisfy this). */
export type Catalog = { readonly [K in MessageKey]: string };
