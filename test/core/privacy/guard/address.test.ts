import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../src/core/privacy/guard/index.js';
import { guardIntake } from '../../../../src/core/privacy/intake.js';

// domain.md §5: the intake's address during the absence "may be a care address". In address mode a care institution's
// name and the stay phrasing pass; what is wrong (symptoms, diagnoses, treatment, a ward's specialty) is still refused.
const CARE_ADDRESSES = [
  'Revalidatiecentrum De Hoogstraat, Rembrandtkade 10, Utrecht',
  'Ziekenhuis Gelderse Vallei, Willy Brandtlaan 10, Ede, kamer 312',
  'Opgenomen in Rijnstate Ziekenhuis, Arnhem',
  'Verpleeghuis De Zonnehof, Hoofdstraat 1, Amersfoort',
  'p/a Zorghotel Het Baken, Zeeweg 5, Bergen',
  'Verblijft in het ziekenhuis in Zwolle',
  'Woonzorgcentrum De Berk, afdeling 2, Tilburg',
  "St. Mary's Hospital, Praed Street, London, ward 4",
  'Staying at Rosewood nursing home, 12 High Street, Leeds',
];
const MEDICAL_ADDRESSES = [
  'Ziekenhuis Rijnstate, afdeling oncologie, kamer 12',
  'Ziekenhuis Amstelland, afdeling cardiologie',
  'Revalidatiecentrum Heliomare, revalideert na zijn beroerte',
  'Ziekenhuis Gelderse Vallei, ligt aan de beademing',
  'Bij haar moeder in Ede, ze heeft hoge koorts',
  'Verpleeghuis De Zonnehof, vanwege haar dementie',
  'Hospital in Leeds, recovering from knee surgery',
  'Op de IC van het Radboudumc',
];

describe('guard: address mode (care addresses)', () => {
  it('lets a care institution and the stay there pass', () => {
    for (const t of CARE_ADDRESSES) expect({ t, ...checkText(t, { field: 'address' }) }).toEqual({ t, medical: false, categories: [] });
  });
  it('still refuses symptoms, diagnoses, treatment and a ward that tells what is wrong', () => {
    for (const t of MEDICAL_ADDRESSES) expect({ t, medical: checkText(t, { field: 'address' }).medical }).toEqual({ t, medical: true });
  });
  it('is opt-in: the same care-address lines are refused as ordinary text', () => {
    for (const t of ['Verblijft in het ziekenhuis in Zwolle', 'Opgenomen in het ziekenhuis', 'Staying at a nursing home']) {
      expect({ t, address: checkText(t, { field: 'address' }).medical, text: checkText(t).medical }).toEqual({ t, address: false, text: true });
    }
    expect(checkText('Ligt in het ziekenhuis', { field: 'text' }).medical).toBe(true);
  });
  it('lets ordinary addresses pass in both modes', () => {
    for (const t of ['Dorpsstraat 4, 6711 AB Ede', 'Bij zijn zus, Kerkweg 12, Zwolle', '12 High Street, Leeds']) {
      expect(checkText(t).medical).toBe(false);
      expect(checkText(t, { field: 'address' }).medical).toBe(false);
    }
  });
});

describe('intake guard uses address mode for the address field only', () => {
  it('accepts a care address as address but not the same words as work handover', () => {
    const text = 'Verblijft in het ziekenhuis in Zwolle';
    expect(guardIntake({ address: text })).toEqual({ medical: false, refused: {} });
    const asHandover = guardIntake({ workHandover: text });
    expect(asHandover.medical).toBe(true);
    expect(Object.keys(asHandover.refused)).toEqual(['workHandover']);
  });
  it('still refuses a medical address', () => {
    const r = guardIntake({ address: 'Ziekenhuis Rijnstate, afdeling oncologie', phone: '06 12345678' });
    expect(r.medical).toBe(true);
    expect(Object.keys(r.refused)).toEqual(['address']);
    expect(r.refused.address).toContain('care-provider');
  });
});
