// Care-address mode (intake field `address`, domain.md §5: "address during the absence (may be a care address)").
// In that mode these spans are masked too, so the name and type of a care institution pass; symptoms, diagnoses,
// treatments and a ward's specialty ("afdeling oncologie", careProvider.ts) are still refused. Same syntax as allow.ts.

/** Care-institution nouns and stay phrases that an address line may contain. */
export const CARE_ADDRESS: readonly string[] = [
  // the marker normalize.ts puts before a named institution ("Ziekenhuis De Linde")
  'instellingsnaam',
  // Dutch institution nouns, compounds included (woonzorgcentrum, revalidatiekliniek, ggz-kliniek)
  '\\w*(ziekenhuis|kliniek|revalidatiecentrum|verpleeghuis|verzorgingshuis|zorgcentrum|zorghotel|verpleeghotel|herstellingsoord|hospice|zorginstelling|zorgboerderij|logeerhuis|huisartsenpraktijk|gezondheidscentrum)',
  '\\w*ggz\\w*', 'medisch centrum', 'umc', 'mc', 'psychiatrisch (ziekenhuis|centrum|kliniek)', 'revalidatie(centrum|kliniek|instelling|afdeling)?',
  // English
  'hospital', 'clinic', 'care home', 'nursing home', 'residential care', 'rehab(ilitation)? (centre|center|clinic|unit)', 'hospice',
  'medical (centre|center)', 'respite (care|centre|center)', 'psychiatric (hospital|unit|clinic)',
  // staying there, and where in the building (a ward's specialty is still checked: careProvider.ts lists them)
  '(opgenomen|verblijft|verblijf|verblijfadres|logeert|staying|admitted|residing|stays) (in|op|bij|at|to)', 'p a', 'c o',
  'afdeling', 'verpleegafdeling', 'ward', 'paviljoen', 'kamer', 'room', 'bed',
];
