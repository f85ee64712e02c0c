// Illnesses and diagnoses (nl + en).
import type { CategoryLexicon } from './types.js';

/** Illness names: stems match inside Dutch compounds (longontsteking, buikgriep, darmkanker). */
export const illness: CategoryLexicon = {
  category: 'illness',
  strong: [
    // Dutch
    '\\w*griep\\w*', '\\w*ontsteking(en)?', '\\w*infecties?', '\\w*kanker\\w*', '\\w*tumor(en)?', '\\w*carcinoom', 'leukemie',
    '\\w*lymfoom', 'melanoom', 'uitzaaiing(en)?', 'metastasen?', 'diabet\\w*', 'suikerziekte', '\\w*astma\\w*', 'copd',
    'emfyseem', '\\w*infarct', 'beroerte', 'hersenbloeding', 'tia', 'trombose', '\\w*embolie', 'hartfalen', 'aneurysma',
    'angina( pectoris)?', 'boezemfibrilleren', '\\w*ritmestoornis\\w*', 'hartaanval\\w*', 'hoge bloeddruk', 'hypertensie',
    'epilep\\w*', 'migraine\\w*', 'hernia\\w*', 'ischias', 'lumbago', 'spit', 'reuma\\w*', 'artrose', '\\w{3,}itis',
    'jicht\\w*', '(fibromy|neur|my|arthr|lumb)algi(e|a)', 'osteoporose', 'multiple sclerose', '(heeft|met|patient) ms',
    'parkinson\\w*', 'alzheimer\\w*', 'dementie', 'hiv', 'tbc', 'tuberculose', '(ziekte van )?lyme', 'pfeiffer', 'covid\\w*',
    'long ?covid', '\\w+virus', 'noro', 'gordelroos', 'waterpokken', 'mazelen', 'bof', 'rode hond', 'roodvonk', 'kinkhoest',
    'krentenbaard', 'rsi', 'tennisarm', 'golfarm', 'muisarm', 'allergische reactie', 'anafylactische shock', 'eczeem', 'psoriasis',
    'maagzweer', '(nier|gal|blaas)stenen', '(nier|gal|blaas)steen', 'blindedarm\\w*', 'crohn\\w*', 'prikkelbare darm', 'coeliakie',
    'endometriose', 'overgangsklachten', 'in de overgang', 'menstruatie\\w*', 'ongesteld', 'schildklier\\w*', 'anemie',
    'bloedarmoede', 'ijzertekort', '(grijze|groene) staar', 'staaroperatie', 'glaucoom', 'netvlies\\w*', 'tinnitus', 'oorsuizen',
    'meniere', 'vertigo', '\\w*apneu', 'narcolepsie', 'chronisch vermoeidheidssyndroom', 'me ?cvs', '\\w*aandoening(en)?',
    'kwaal', 'kwalen', 'ziekte van (?!(de|het|een|zijn|haar|hun|mijn|onze|uw|je|die|dit|deze|collega|klant)\\b)\\w+', 'chronisch(e)? (ziek|ziekte|aandoening|pijn|klachten|vermoeid\\w*)', 'terminaal',
    'ongeneeslijk\\w*', 'gediagnosticeerd', 'diagnose (\\w+ )?(gesteld|vastgesteld)', '\\w*syndroom', 'bloedvergiftiging',
    'voedselvergiftiging', 'sepsis', 'cyste', 'poliep\\w*', 'gezwel\\w*', 'ziek(te)? (\\w+ )?van pfeiffer', 'corona positief',
    '(heeft|had|met|positief (getest )?op|besmet met|kreeg|opgelopen) (\\w+ )?corona', 'hyperventilatie\\w*', 'sinusitis',
    'keelontsteking', 'verkoudheidsvirus', 'hartstilstand', 'circulatiestilstand', 'spatader\\w*', 'cholesterol\\w*', 'bloeddruk(?!meter)\\w*', 'bloedsuiker\\w*',
    'suikerspiegel', '\\w+allergie(en)?', 'hartritme\\w*',
    // English
    'flu(?! (jabs?|shots?|vaccin\\w*))', 'influenza', 'tennis elbow', 'golfers elbow', 'varicose veins', '(stomach|tummy|winter vomiting) bug', 'norovirus', 'rotavirus', 'pneumonia', 'coronavirus',
    '(a|bad|heavy|nasty|head|common|chest|stinking|streaming|horrible|terrible|awful|summer|winter) cold(?! (\\w+ )?(days?|mornings?|nights?|weeks?|snap|spell|front|wind|drinks?|beer|brew|shower|welcome|reception|war|case))',
    '(caught|has|got|have|had|with|fighting off|fighting|getting|coming down with) (a |the )?(\\w+ )?cold(?! (\\w+ )?(days?|mornings?|nights?|weeks?|snap|spell|front|wind|drinks?|beer|brew|shower|welcome|reception|war|case))',
    'infections?', 'cancer\\w*', 'tumou?rs?', 'leuka?emia', 'lymphoma', 'melanoma', 'asthma\\w*', 'heart attack', 'cardiac arrest',
    'stroke(?! of)', 'blood clots?', 'thrombosis', 'embolism', 'seizures?', 'migraines?', 'slipped disc', 'sciatica', 'arthritis',
    'rheumatism', 'gout', 'osteoporosis', 'multiple sclerosis', 'ms (relapse|flare\\w*|attack)', '(has|with) ms',
    'parkinsons?', 'alzheimers?', 'dementia', 'hepatitis', 'tuberculosis', 'lyme disease', 'glandular fever', 'mononucleosis',
    'shingles', 'chickenpox', 'chicken pox', 'measles', 'mumps', 'whooping cough', 'food poisoning', 'anaphyla\\w*',
    'eczema', 'kidney stones?', 'gallstones?', 'crohns?', 'ibs', 'coeliac', 'celiac', 'endometriosis', 'menopaus\\w*',
    'sleep apno?ea', 'chronic fatigue', 'me ?cfs', '(medical|heart|chronic|skin|health|underlying|lung|kidney|liver|thyroid) conditions?',
    '\\w*diseases?', 'disorders?', '\\w*syndrome', 'diagnosed', 'uti', 'urinary tract infection', '\\w+ectomy', '\\w+oscopy',
    'terminal(ly)? ill\\w*', 'cysts?', 'ulcers?', 'blood poisoning', 'high blood pressure', 'hypertension', 'anaemia', 'anemia',
    'thyroid (problems|issues|condition)', 'appendicitis', 'tonsillitis', 'hay fever', 'allergic reaction', 'diabetic',
    'covid positive', 'tested positive', 'cholesterol', 'blood (pressure|sugar)', '\\w+ allerg(y|ies)',
  ],
  weak: [
    'corona', 'virus', 'allergie(en)?', 'allergisch', 'allergi(es|c|y)', 'diagnoses?(?! van)', 'diagnosis(?! of)', 'aids',
  ],
};
