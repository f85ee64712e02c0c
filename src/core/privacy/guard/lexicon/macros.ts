// Shared word lists that lexicon patterns reference as {name}; each expands to (?:a|b|…).

/** Macro name → alternatives (regex fragments over normalized text). */
export const MACROS: Record<string, readonly string[]> = {
  /** Side or region prefix of a Dutch body part: linkerknie, onderrug. */
  side: ['linker', 'rechter', 'onder', 'boven'],
  /** Dutch body parts (singular and plural). "bot" (also a chat bot) is left out on purpose. */
  body: [
    'hoofd', 'nek', 'hals', 'rug', 'schouders?', 'armen', 'arm', 'ellebogen', 'elleboog', 'polsen', 'pols', 'handen', 'hand',
    'vingers?', 'duimen', 'duim', 'pink', 'heupen', 'heup', 'benen', 'been', 'dijbeen', 'scheenbeen', 'sleutelbeen', 'knieen', 'knie',
    'knieschijf', 'enkels?', 'voeten', 'voet', 'tenen', 'teen', 'hielen', 'hiel', 'kuiten', 'kuit', 'dijen', 'dij', 'schenen', 'scheen',
    'liezen', 'lies', 'bekken', 'billen', 'bil', 'stuitje', 'stuit', 'buik', 'maag', 'darmen', 'darm', 'blaas', 'nieren', 'nier',
    'galblaas', 'lever', 'longen', 'long', 'hart', 'borsten', 'borst', 'borstkas', 'ribben', 'rib', 'keel', 'amandelen', 'oren', 'oor',
    'ogen', 'oog', 'neus', 'kaken', 'kaak', 'kiezen', 'kies', 'tanden', 'tand', 'tandvlees', 'huid', 'hersenen', 'hersens',
    'wervels?', 'wervelkolom', 'nekwervels?', 'ruggenwervels?', 'tussenwervelschijf', 'schedel', 'gezicht', 'mond', 'tong',
    'schouderblad', 'meniscus', 'kruisbanden', 'kruisband', 'enkelbanden', 'enkelband', 'achillespees', 'pezen', 'pees', 'spieren',
    'spier', 'gewrichten', 'gewricht', 'zenuwen', 'zenuw', 'schildklier', 'prostaat', 'baarmoeder', 'eierstokken', 'eierstok',
    'bloedvaten', 'aders?', 'slagader', 'bekkenbodem', 'blindedarm', 'middenrif', 'navel', 'kruis', 'onderbuik', 'verstandskies', 'verstandskiezen', 'nagels?', 'teennagels?', 'vingernagels?', 'lymfeklieren', 'lymfeklier', 'hoornvlies', 'netvlies', 'trommelvlies', 'tandvlees',
  ],
  /** Middle parts of a Dutch medical compound between a body part and its head: rug+pijn+klachten, maag+darm+klachten. */
  mid: ['pijn', 'spier', 'pees', 'gewricht', 'zenuw', 'vlies', 'band', 'wervel', 'holte', 'klier', 'slijmvlies', 'vaat', 'bodem', 'darm', 'huid'],
  /** Heads of a Dutch compound that make body part + head medical: knieoperatie, nekklachten, hartinfarct. */
  head: [
    'pijn', 'pijnen', 'klachten', 'klacht', 'blessures?', 'letsel', 'operaties?', 'ontstekingen', 'ontsteking', 'infecties?',
    'breuk', 'breukje', 'fractuur', 'fracturen', 'kneuzing', 'kanker', 'tumor', 'probleem', 'problemen', 'aandoeningen', 'aandoening',
    'scheur', 'scheuring', 'scheurtje', 'hernia', 'trauma', 'wond', 'wonden', 'uitslag', 'eczeem', 'infarct', 'falen',
    'ritmestoornis', 'ritmestoornissen', 'kloppingen', 'bloeding', 'stenen', 'steen', 'vervanging', 'prothese', 'zwelling', 'kramp',
    'krampen', 'griep', 'zweer', 'zweren', 'aanval', 'aanvallen', 'ziekte', 'ziekten', 'stoornis', 'kwaal', 'kwalen', 'amputatie',
    'transplantatie', 'onderzoek', 'scan', 'echo', 'foto', 'monitor', 'bewaking', 'instabiliteit', 'spasme', 'verrekking', 'uitbraak', 'ontwrichting', 'insufficientie',
  ],
  /** Dutch possessives and articles before a body part. */
  poss: ['zijn', 'haar', 'mijn', 'zn', 'mn', 'hun', 'je', 'jouw', 'de', 'het'],
  /** Dutch possessives only (a person's own body part). */
  own: ['zijn', 'haar', 'mijn', 'zn', 'mn', 'hun', 'je', 'jouw'],
  /** English body parts. "face" and "joint" are left out (we face problems, joint venture). */
  bodyEn: [
    'head', 'neck', 'back', 'shoulders?', 'arms?', 'elbows?', 'wrists?', 'hands?', 'fingers?', 'thumbs?', 'hips?', 'legs?', 'knees?',
    'kneecap', 'ankles?', 'foot', 'feet', 'toes?', 'heels?', 'calf', 'calves', 'thighs?', 'shins?', 'hamstrings?', 'groin',
    'stomach', 'belly', 'tummy', 'abdomen', 'chest', 'heart', 'lungs?', 'kidneys?', 'liver', 'bladder', 'bowels?', 'gut', 'throat',
    'ears?', 'eyes?', 'nose', 'jaw', 'tooth', 'teeth', 'gums', 'skin', 'spine', 'ribs?', 'collarbone', 'pelvis', 'brain', 'muscles?',
    'tendons?', 'ligaments?', 'joints', 'achilles', 'rotator cuff', 'cruciate', 'meniscus', 'disc', 'vertebrae?', 'skull', 'shoulder blade',
    'thyroid', 'prostate', 'womb', 'ovary', 'ovaries', 'tonsils', 'gallbladder', 'sinuses', 'nerve', 'hernia',
  ],
  /** English possessives and articles before a body part. */
  possEn: ['his', 'her', 'my', 'their', 'your', 'the', 'a', 'both', 'one'],
  /** English side/region words before a body part. */
  sideEn: ['left', 'right', 'lower', 'upper', 'middle'],
  /** Care providers other than the bedrijfsarts (nl + en): used in "goes to / is treated by" rules. */
  care: [
    'huisarts(en)?', 'dokter', 'arts', 'specialist(en)?', 'internist', 'neuroloog', 'cardioloog', 'orthopeed', 'uroloog',
    'gynaecoloog', 'dermatoloog', 'oncoloog', 'reumatoloog', 'longarts', 'oogarts', 'knoarts', 'kinderarts', 'chirurg', 'radioloog',
    'psycholoog', 'psychiater', '\\w*therapeut', 'fysio', 'fysiotherapie', 'logopedist', 'dietist', 'chiropractor', 'osteopaat',
    'tandarts', 'verloskundige', 'ggz', 'poh', 'praktijkondersteuner', 'ziekenhuis', 'kliniek', 'polikliniek', 'poli',
    'revalidatiecentrum', 'spoedeisende hulp', 'seh', 'eerste hulp', 'huisartsenpost', 'apotheek', 'psycholoog',
    'gp', 'doctors?', 'physician', 'surgeon', 'psychologist', 'psychiatrist', '\\w*therapist', 'physio', 'physiotherapy',
    'counsell?or', 'dentist', 'midwife', 'hospital', 'clinic', 'emergency room', 'consultant',
  ],
  /** Dutch words that say the clause is about the absence itself (for cause statements). */
  nlCausePrep: ['door', 'vanwege', 'wegens', 'als gevolg van', 'ten gevolge van', 'na', 'sinds', 'omwille van', 'komt door', 'door al'],
  /** English cause prepositions. */
  enCausePrep: ['due to', 'because of', 'as a result of', 'caused by', 'owing to', 'following', 'after', 'since', 'from'],
  /** Articles and possessives after a cause preposition (optional). */
  det: ['de', 'het', 'een', 'zijn', 'haar', 'hun', 'mijn', 'zn', 'mn', 'the', 'a', 'an', 'his', 'her', 'their', 'my', 'all the', 'al die', 'alle'],
  /** People at work a conflict can be with. */
  workPeople: [
    'leidinggevende', 'manager', 'collegas?', 'collegaes', 'baas', 'teamleider', 'directeur', 'directie', 'chef', 'werkgever',
    'boss', 'colleagues?', 'supervisor', 'team ?lead', 'line manager', 'employer', 'director',
  ],
};
