// Injuries and accidents that hurt someone (nl + en). Body-part injuries ("pols gebroken") live in bodyComplaint.ts.
import type { CategoryLexicon } from './types.js';

/** Injury words and fall/accident phrases. */
export const injury: CategoryLexicon = {
  category: 'injury',
  strong: [
    // Dutch
    'hersenschudding\\w*', 'whiplash\\w*', 'zweepslag', 'botbreuk\\w*', 'botontkalking', 'gebroken botten?', '\\w*fractuur', '(wespen|bijen|insecten|teken)steek', '(honden|katten|teken|slangen)beet',
    'onderuit gegaan', 'overreden', 'gestruikeld en (\\w+ )?(gevallen|bezeerd|gebroken)',
    'fracturen', 'verstuik\\w*', 'verzwik\\w*', 'gekneusd\\w*', '\\w*kneuzing(en)?', 'uit de kom', 'afgescheurd\\w*', 'spierscheuring',
    '\\w*verrekking', '\\w*wond(en|je|jes)?', 'gewonde', '(is|werd|moest|moet|zijn|worden|wordt|laten) (\\w+ )?gehecht(?! aan)',
    'hechtingen', 'in het gips', 'gipsverband', 'gips (om|eraf|af)', 'gipsen (been|arm|voet|pols)', '(met|op|aan de) krukken',
    '(in|op) (een|de) rolstoel', 'mitella', 'gespalkt', 'spalk', '\\w*blessure\\w*', 'geblesseerd', '\\w*letsel\\w*', 'bezeerd',
    'gevallen (van|met|op|in|bij) ((de|het|een|zijn|haar|mijn) )?(\\w+ )?(trap|trappen|fiets|ladder|steiger|dak|paard|scooter|brommer|stoep|motor|ijs|gladheid|werkvloer|hoofd|knie|rug|stoel|tafel|skis?|piste|snowboard)',
    '(van|uit|met|op) ((de|het|een|zijn|haar|mijn) )?(\\w+ )?(trap|trappen|fiets|ladder|steiger|dak|paard|scooter|brommer|stoep|motor|ijs|stoel|tafel|bed) (af )?(gevallen|gevallen|gedonderd|gelazerd|gegleden|gestruikeld|afgevallen)',
    '(lelijk|hard|ongelukkig|flink|zwaar|gisteren|thuis|onderweg) gevallen', '(is|ben|zijn|was) (\\w+ )?gevallen (en|met|tijdens|bij het)',
    '(na|door|bij) een (\\w+ )?val', 'val van (de|het|een) (\\w+ )?(trap|ladder|fiets|steiger|dak|paard|stoel)', 'valpartij',
    '\\w*(fiets|ski|scooter)val',     'betrokken bij (een |het )?(\\w+ )?(ongeluk|ongeval|aanrijding)', 'aangereden', 'gebeten', 'gestoken door (een )?(wesp|bij|insect|kwal|horzel)',
    'zich (\\w+ )?(gesneden|gebrand|verbrand|gestoten|bezeerd|verstapt|verrekt|vertild(?! aan))',
    '(gesneden|gebrand|verbrand|gestoten|geprikt|gebeten|gestoken) (\\w+ )?(in|aan|op) ({own}|de|het) {side}?{body}',
    // English
    'concussion', 'whiplash', 'fractures?', 'fractured (a|his|her|my|their|two|both|several)', '(dog|insect|tick|snake|spider|cat) bites?',
    '(bee|wasp|insect) stings?', 'acl', 'sprain\\w*', 'stitches', '(in|on) crutches', 'crutches',
    'in a (wheelchair|cast|sling|brace|neck brace|splint)', 'wheelchair', 'in plaster',
    'fell (off|down|from|over) ((a|the|his|her|my) )?(\\w+ )?(stairs|ladder|bike|bicycle|horse|roof|steps|scaffold\\w*|scooter|wall|chair)',
    'fell and (broke|hurt|injured|hit|banged|cut|twisted|sprained)', '(had|after|since) (a|his|her|my) (bad |nasty |heavy )?fall',
    'slipped on (the |some )?(ice|stairs|floor|wet floor|steps)', '(bitten|stung) by', 'gash(es)?', 'lacerations?', 'grazes', 'scalded',
    '(slipped|tripped) and (fell|hurt|broke|twisted|sprained|landed)', '(in|from|during|after|since|had|took) (a|his|her|my|their) (\\w+ )?fall(?! (in|of|back|through|behind|short|off|for)\\b)',
    '(lost|chipped|cracked|knocked out|broke) (a|his|her|my|their|two|some|a front) (front )?(tooth|teeth)', 'wounded', '(a|an|the|his|her|open|deep|head|stab) wounds?(?! up)',
    'bruis\\w*', '(second|third|first) degree burns?', 'dislocat\\w*', 'torn (ligament|muscle|tendon|cartilage|meniscus)s?',
    'pulled (a )?(muscle|hamstring|groin)',
    // a broken, sprained or torn body part is an injury as well as a body complaint
    '(gebroken|gekneusde?|verstuikte?|verzwikte?|ontwrichte?|gescheurde?|afgescheurde?|verrekte?|geblesseerde?) {side}?{body}',
    '{side}?{body} ((is|zijn|werd|wordt|raakte) )?(\\w+ )?(gebroken|gekneusd|verstuikt|verzwikt|ontwricht|gescheurd|afgescheurd|verrekt|geblesseerd|uit de kom)',
    '(brak|breekt|verstuikte|verzwikte|kneusde|verrekte|scheurde|ontwrichtte|blesseerde) ((zijn|haar|mijn|zn|mn|de|het) )?{side}?{body}',
    '(broke|broken|breaking|fractured|sprained|twisted|dislocated|tore|torn|bruised|injured|hurt) ((his|her|my|their|a|the|two|both|several) )?(({sideEn}) )?(?!back\\b){bodyEn}',
    '(broke|broken|fractured|injured|hurt) ((his|her|my|their|a|the) )?((lower|upper) )?back', '(knocked|thrown) (off|down|over) (his|her|my|their|by)', '(hit|run over|knocked down) by a (car|bus|truck|lorry|cyclist|van)',
  ],
  weak: [
    // an accident is an injury unless the clause is about a vehicle or damage (business.ts: bedrijfsbus, schade, insurer)
    '\\w*(ongeluk|ongeval) gehad', '(heeft|had|hebben|kreeg) (een |het )?(\\w+ )?(auto|fiets|scooter|motor|brommer|ski|verkeers|bedrijfs|arbeids)?(ongeluk|ongeval)',
    '(car|bike|cycling|skiing|ski|motorbike|motorcycle|traffic|road|scooter|riding|sports) (accident|crash)',
    'injur\\w*', 'gewond', 'letsel', '(had|has|have|was in|were in|got into|been in|involved in) (a|an) (\\w+ )?(accident|crash|collision)',
  ],
};
