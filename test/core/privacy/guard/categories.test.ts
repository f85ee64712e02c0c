import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../src/core/privacy/guard/index.js';
import type { GuardCategory } from '../../../../src/core/privacy/guardTypes.js';
import { GUARD_CATEGORIES } from '../../../../src/core/privacy/guardTypes.js';

// Per category, Dutch and English examples that must be refused with (at least) that category.
const CASES: Record<GuardCategory, { nl: string[]; en: string[] }> = {
  illness: {
    nl: ['Heeft een longontsteking', 'Buikgriep, blijft thuis', 'Diabetes is ontregeld', 'Heeft een hartinfarct gehad', 'Ziekte van Lyme'],
    en: ['Has pneumonia', 'Down with the flu', 'Diagnosed with diabetes', 'Had a heart attack', 'Caught a nasty cold'],
  },
  symptom: {
    nl: ['Hoge koorts', 'Is misselijk en duizelig', 'Hoofdpijn sinds gisteren', 'Hoest veel', 'Moet steeds overgeven'],
    en: ['Running a temperature', 'Dizzy and nauseous', 'Bad headache', 'Coughing all night', 'Been throwing up'],
  },
  'body-complaint': {
    nl: ['Last van zijn knie', 'Pijn in haar rug', 'Zere schouder', 'Rugpijnklachten', 'Mijn nek zit op slot', 'Knie- en rugklachten'],
    en: ['Back pain', 'Sore shoulder', 'Problems with his hip', 'Her wrist is swollen', 'Hurt his back lifting boxes'],
  },
  injury: {
    nl: ['Heeft een hersenschudding', 'Enkel verstuikt', 'Ribben gekneusd', 'Whiplash na een aanrijding', 'Is van de trap gevallen'],
    en: ['Concussion after a fall', 'Broke his leg', 'Sprained her ankle', 'Torn ligament', 'Fell off a ladder'],
  },
  treatment: {
    nl: ['Wordt geopereerd', 'Gaat onder het mes', 'Start met chemo', 'Ligt op de IC', 'Is gisteren opgenomen in het ziekenhuis'],
    en: ['Had knee surgery', 'Starting chemotherapy', 'Waiting for an MRI scan', 'In intensive care', 'Undergoing radiotherapy'],
  },
  medication: {
    nl: ['Slikt antibiotica', 'Moet antidepressiva nemen', 'Neemt pijnstillers', 'Spuit insuline', 'Zit aan de paracetamol'],
    en: ['On antibiotics', 'Started antidepressants', 'Taking painkillers', 'Needs insulin', 'On medication for blood pressure'],
  },
  'care-provider': {
    nl: ['Gaat naar de huisarts', 'Afspraak bij de cardioloog', 'Loopt bij een psycholoog', 'Behandeling via de GGZ', 'Naar de fysio'],
    en: ['Seeing her GP', 'Referred to a cardiologist', 'Appointment with the physiotherapist', 'Rushed to hospital', 'Sees a therapist'],
  },
  pregnancy: {
    nl: ['Is zwanger', 'Heeft een miskraam gehad', 'Is bevallen van een zoon', 'Zwangerschapsklachten', 'In verwachting van een tweeling'],
    en: ['She is pregnant', 'Had a miscarriage', 'Gave birth on Sunday', 'Went into labour', 'Morning sickness'],
  },
  'mental-health': {
    nl: ['Heeft een burn-out', 'Is overspannen', 'Depressie', 'Last van paniekaanvallen', 'Zit thuis met stress'],
    en: ['Burnout', 'Signed off with depression', 'Suffering from anxiety', 'Panic attacks', 'Stress and exhaustion'],
  },
  cause: {
    nl: ['Uitgevallen door de werkdruk', 'Ziek vanwege de reorganisatie', 'Vanwege de reorganisatie', 'Thuis sinds het ongeluk', 'Het verzuim is werkgerelateerd'],
    en: ['Off sick due to workload', 'Because of the conflict with her manager', 'Ill since the car accident', 'Work-related', 'Off because of problems at home'],
  },
};

describe('guard categories', () => {
  it('covers every GuardCategory', () => {
    expect(Object.keys(CASES).sort()).toEqual([...GUARD_CATEGORIES].sort());
  });
  for (const category of GUARD_CATEGORIES) {
    for (const lang of ['nl', 'en'] as const) {
      it(`refuses ${category} (${lang})`, () => {
        for (const text of CASES[category][lang]) {
          const result = checkText(text);
          expect({ text, ...result }).toMatchObject({ text, medical: true });
          expect({ text, categories: result.categories }).toEqual({ text, categories: expect.arrayContaining([category]) });
        }
      });
    }
  }
  it('reports compound words under each category they touch', () => {
    expect(checkText('Knieoperatie').categories).toEqual(expect.arrayContaining(['body-complaint']));
    expect(checkText('Migraineaanval').categories).toContain('illness');
    expect(checkText('Hartinfarct').categories).toContain('illness');
    expect(checkText('Hij heeft een knieoperatie gehad').medical).toBe(true);
  });
});
