// Verb forms rewritten during normalization, so patterns written in the third person ("heeft", "is", "ligt") also read
// first- and second-person chat ("heb een hernia", "ik ben zwanger", "I've got shingles"). Keys are normalized words.
// Only forms that are never nouns: not kom (uit de kom), loop (in de loop van), herstel, gebruik.

/** Normalized word → the word the lexicon patterns use. */
export const VERB_FORMS: Readonly<Record<string, string>> = {
  heb: 'heeft', hebt: 'heeft', ben: 'is', bent: 'is', lig: 'ligt', krijg: 'krijgt', ga: 'gaat', slik: 'slikt', voel: 'voelt',
  word: 'wordt', blijf: 'blijft', zie: 'ziet', hoor: 'hoort', neem: 'neemt', sta: 'staat', spuug: 'spuugt', revalideer: 'revalideert',
  ive: 'i have', weve: 'we have', theyve: 'they have', youve: 'you have',
};
