// Allow-list: expressions masked out before any medical pattern runs (process words, business compounds, idioms).
// Same pattern syntax as the categories (regex fragments wrapped in \b…\b, {macros}); a masked span can never match.

/** Sick-leave process words: the bedrijfsarts and the Poortwachter process are not medical data. */
export const PROCESS_WORDS: readonly string[] = [
  'bedrijfsarts\\w*', 'arbo ?arts\\w*', 'arbo\\w*', 'verzekeringsarts\\w*', 'keuringsarts\\w*', 'uwvarts\\w*',
  'company (doctors?|physicians?)', 'occupational (physicians?|doctors?|health\\w*|therapists?)', 'ohs (doctor|physician)',
  'spreekuur\\w*', 'probleemanalyse\\w*', 'plan van aanpak', 'casemanager\\w*', 'case managers?', 'arbeidsdeskundig\\w*',
  'labou?r experts?', 'arbeidstherapeutisch\\w*', 'arbeidstherapie', '(op )?(arbeids)?therapeutische basis',
  'therapeutisch werken', 'therapeutic (work|basis)', 'functionele mogelijkheden\\w*', 'belastbaarheid\\w*',
  '(preventief|periodiek) medisch onderzoek', 'pmo', 'pago', 'arbeidsgezondheidskundig\\w*( onderzoek)?', 'aanstellingskeuring',
  'medische keuring', 'verzuim\\w*', 'ziektewet\\w*', 'ziekteverzuim\\w*', 'ziektedag(en)?', 'ziektekosten\\w*',
  'loondoorbetaling bij ziekte', 'vangnet\\w*', 'vitaliteit\\w*', 'wellbeing', 'well being', 'health and safety', 'health ?(and|en) ?safety',
  'mental health first aid', 'first aid (training|course|kit)', 'ehbo ?(cursus|diploma|training|doos|koffer|post|er|ers)',
  'bhv\\w*', 'bedrijfshulpverlen\\w*', 'sick leave', 'sickness absence', 'ziekteverlof',
  // Leave types are administrative, not a health fact (decision: maternity leave passes, pregnancy does not).
  'zwangerschapsverlof', 'zwangerschaps en bevallingsverlof', 'bevallingsverlof', 'zwangerschapsuitkering', 'wazo\\w*',
  'geboorteverlof', 'kraamverlof', 'ouderschapsverlof', 'adoptieverlof', 'zorgverlof', 'calamiteitenverlof', 'rouwverlof',
  '(maternity|pregnancy|paternity|parental|adoption|birth|compassionate|bereavement|care|carers) leave',
  'letselschade\\w*',
];

/**
 * Dutch business compounds (griepprikcampagne, ziekenhuisproject, klantklachten): replaced by BUSINESS_MARKER rather than
 * masked away, so they still count as business context (business.ts) for the rest of their clause.
 */
export const BUSINESS_COMPOUNDS: readonly string[] = [
  // Dutch compounds whose head is a business noun are business, whatever their first part (griepprikcampagne, ziekenhuisproject);
  // the first part needs 3+ letters so re-organisatie and re-actie stay words of their own.
  '\\w{3,}(campagnes?|acties?|software|systemen|systeem|portaal|portalen|projecten|project|sector|branche|markt|keten|verzekeraars?|verzekering|leveranciers?|contracten|contract|opdracht|offertes?|applicatie|module|pakket|licenties?|website|beurs|congres|beleid|maatregelen|regels|protocol|registratie|administratie|premie|budget|fonds|stichting|vereniging|bedrijf|bureau|vacatures?|training|cursus|opleiding|platform|dashboard|koppeling|rapportage|organisatie|groep|apps?|tools?|webshop|winkel|merk|apparatuur|scanner|scanners|kamers?|sectoren|klanten|klant|personeel)',
  '\\w*(klant|klanten|consumenten|huurders|bewoners|buren|burger|burgers|gebruikers|leden|patienten|leerlingen|ouders|service|leverings|levering|factuur|product|producten|kwaliteits|kwaliteit|geluids|stank|overlast|garantie|privacy|vervolg|tegen|eerste|tweede|ketenpartner)klacht(en)?',
  'klachten\\w+', 'klacht(?!en\\b)\\w+',
];

/** Idioms and business phrases that contain medical-looking letters (masked away). */
export const BUSINESS_WORDS: readonly string[] = [
  'koortsachtig\\w*', 'fever pitch', 'confidential (counsell?or|advis[oe]r)', 'feel(ing|s)? the pain',
  '(holds?|runs?|holding|running) (a|an|the|her|his|their|weekly|open) (\\w+ )?clinic', 'headaches? (with|over|around|about) (the|our|this|that|these|new|a)', 'pain ?points?', 'growing pains', 'no pain no gain', 'pijnpunt\\w*',
  '(stress ?test\\w*|stressbestendig\\w*|stress free|stressvrij)',
  '(sql|code|dependency|script|prompt) injections?', 'injection attacks?', 'bleeding edge', 'malware infections?',
  '(anti ?virus\\w*|virus ?scan\\w*|computervirus\\w*|computer virus\\w*)', '(cost|price|budget|data|system|network) breakdown',
  'stroke of (luck|genius)', 'keystrokes?', 'heart of( the)?', 'head (office|of)', 'heads? up', 'all hands', 'hands on', 'hands free',
  'hand(ed|ing|s)? (it )?(over|out|off)', 'hand in (the|your|their|de|het|je|uw)', 'hand ?over\\w*', 'back ?(office|end|log|up|ups)', '(get|got|getting|come|came|coming|call|calling|be|go|going|went|get) back( to| at| on| in| from| home)?',
  'cold (calls?|calling|storage|chain|start|feet|shoulder|case|room|water|weather|email|outreach|leads?)',
  'hoofd (van|der) (de|het|onze|een|team|afdeling)\\w*', 'hoofdprobleem', 'hoofdproblemen', 'hoofdklacht(en)?', 'hoofdbreken\\w*', 'leverprobleem', 'leverproblemen', 'leverbetrouwbaarheid',
  '(geen|no|zonder|without) (\\w+ )?diagnos\\w*', 'aan de hand van', '(er|wat|is) (\\w+ )?aan de hand', 'uit de hand', 'onder handen', 'op handen', 'hand in hand',
  'het hoofd (koel|boven water|bieden)', 'hoofd boven water', 'hoofd koel', 'zijn nek uitsteken',
  'op eigen benen', 'de benen nemen', 'uit het oog', 'onder ogen', 'oog voor',
  'rolstoel(toegankelijk|vriendelijk)\\w*', 'wheelchair (access|accessible)\\w*', 'datum prikken', 'prik een datum',
  // figurative use: a thing (not a person) is the headache, the pain, the patient
  '(is|was|be|been|its|becoming|became|remains|such) (a|an|another|the)( \\w+)? headaches?', 'headaches? (for|to) (the|our|us|finance|sales|hr|it|legal|everyone|everybody|management)',
  '(meeting|call|project|client|customer|system|change|migration|deadline|update|audit|release|this|that|it) (\\w+ ){0,2}(gave|gives|is giving|was giving|giving) (me|us|everyone|him|her|the team) (a )?headaches?',
  '(bezorgt|bezorgde|bezorgen|geeft|gaf|geven|kost|kostte|kosten) (me|mij|ons|hem|haar|iedereen|het team|de afdeling) (\\w+ )?hoofdpijn',
  '(a )?(real |right |total |bit of a |royal )?pain in the (neck|backside|ass|arse|butt|bum)', '(what|such) a pain', 'somber (gestemd )?over', '(imposter|impostor) syndrome',
  '(allergisch voor|allergic to) (?!(\\w+ )?(noten|nuts|pinda\\w*|peanuts?|gluten|lactose|melk|milk|eieren|eggs?|vis|fish|schaaldieren|shellfish|penicilline|penicillin|antibiotica|antibiotics|katten|cats?|honden|dogs?|huisstof\\w*|dust|pollen|gras|grass|berken|bijen|bees?|wespen|wasps?|latex|nikkel|nickel|zon|sun|soja|soy|sesam\\w*|medicijn\\w*|medication|pleisters|jodium|contrastvloeistof|insecten\\w*|stings?|steken)\\b)', 'a (real |total |right |bit of a |massive |huge )?pain (to|for|when|with)',
  '(project|bedrijf|planning|budget|afdeling|relatie|deal|omzet|onderneming|winkel|merk|company|business|brand|store|shop|economy|economie|markt|market|sector|vestiging) (\\w+ ){0,2}(ligt|lag|is|was) (op de|in|on) (intensive care|ic|life support)',
  'on life support', '(cash|capital|funding|kapitaal|financiele|liquiditeits) ?injecties?', '(cash|capital|funding) injections?', 'poison pill', '(stop|stopped|stopping|staunch|stem) the bleeding', '(gave|gives|giving|give) (\\w+ ){0,2}whiplash',
  '(heb|heeft|hebben|had|krijg|krijgt|kreeg) er (\\w+ )?(buikpijn|hoofdpijn|kopzorgen|een hard hoofd|slapeloze nachten) (van|over|in)', 'medicijnkast\\w*', 'verbanddoos', 'pijn zit (hem|m|em) in',
'(een )?(hele|ware|echte) bevalling', 'kinderziektes', 'verkeersinfarct', 'bitter pill', 'bittere pil', 'break a leg', 'vinger aan de pols',
  '(wk|ek|voetbal|oranje|verkiezings|goud|lente|sinterklaas|kerst|feest|reis|bouw|examen)koorts', '(world cup|cup|football|spring|gold|election|launch|cabin|shopping|bitcoin|crypto|transfer) fever',
  'blessuretijd', 'injury time', 'surgical precision', 'chirurgische precisie', 'infection (control|prevention)', 'flu season',
  '(cancer|kanker|heart|hart|diabetes|alzheimers?|dementia|kidney|lung|mental health|stroke|brain) (research|charity|charities|foundation|fund|fundraiser|awareness|association|society|trust|run|walk|ride)',
  // negations: nobody hurt, no panic
  '(niemand|no one|nobody|noone) (\\w+ ){0,2}(gewond|injured|hurt|geraakt)', '(geen|no|zonder|without) (\\w+ )?(gewonden|letsel|injuries|injured|casualties|slachtoffers)',
  'not (seriously )?(injured|hurt)', 'niet gewond', '(geen|no|dont|niet in) paniek', 'dont panic', 'no panic',
];

/** The word BUSINESS_COMPOUNDS are replaced by (listed in business.ts as business context). */
export const BUSINESS_MARKER = 'zakelijkwoord';

/** Everything the guard masks away before matching. */
export const ALLOW: readonly string[] = [...PROCESS_WORDS, ...BUSINESS_WORDS];
