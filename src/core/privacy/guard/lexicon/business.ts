// Business context: when one of these words is in the same clause, the ambiguous (weak) patterns do not count.
// Dutch nouns start with \w* so they also count as the head of a compound (printerstoring, zorgklant, eindklant).

/** Words that mark a clause as being about clients, products, projects, money or systems (regex fragments, wrapped in \b…\b). */
export const BUSINESS_CONTEXT: readonly string[] = [
  // the institution-name marker (normalize.ts) and Dutch business nouns
  'instellingsnaam', 'zakelijkwoord', '\\w*projecte?n?', '\\w*klant(en)?\\w*', '\\w*offerte\\w*', '\\w*aanbesteding\\w*', '\\w*contract\\w*',
  '\\w*factu\\w*', '\\w*website\\w*', 'software\\w*', 'implementat\\w*', '\\w*install\\w*', 'demos?', 'pitch\\w*', '\\w*licentie\\w*',
  '\\w*campagne\\w*', 'sales', '\\w*verkoop\\w*', '\\w*portaal\\w*', '\\w*systeem\\w*', '\\w*systemen', '\\w*platform\\w*', 'data\\w*',
  '\\w*migratie\\w*', 'apps?', '\\w*koppeling\\w*', '\\w*vacature\\w*', 'marketing\\w*', 'huisstijl\\w*', 'branding', 'logo',
  '\\w*leverancier\\w*', 'orders', '\\w*inkoop\\w*', '\\w*bestelling\\w*', '\\w*levering\\w*', '\\w*opdracht\\w*', 'doelgroep\\w*',
  '\\w*sector\\w*', '\\w*branche\\w*', '\\w*markt\\w*', 'kickoff', 'golive', '\\w*oplevering\\w*', '\\w*onderhoud\\w*',
  '\\w*storing\\w*', 'updates?', 'deploy\\w*', '\\w*server\\w*', '\\w*netwerk\\w*', 'laptops?', 'computers?', 'printers?', 'vpn', 'wifi',
  'malware', 'epd', 'ehr', 'ict', '\\w*beurs', 'congres\\w*', '\\w*budget\\w*', 'kosten', 'accounts?', 'accountmanager\\w*',
  '\\w*verzekeraar\\w*', '\\w*keten\\w*', 'stakeholders?', '\\w*presentatie\\w*', 'workshop\\w*', '\\w*training\\w*', '\\w*cursus\\w*',
  '\\w*opleiding\\w*', 'webinar\\w*', 'posters?', 'intranet', 'nieuwsbrief\\w*', 'artikel\\w*', 'deadline\\w*', 'releases?', 'sprint\\w*',
  'backlog\\w*', 'audit\\w*', '\\w*verbouw\\w*', 'renovat\\w*', 'nieuwbouw', 'werkzaamheden', 'paspoort', '\\w*formulier\\w*',
  'kopie', '\\w*scanner\\w*', 'dossiers?', '\\w*rapport\\w*', 'module\\w*', 'pilot\\w*', 'omzet', 'deal\\w*', 'gemeente\\w*',
  'voorraad', 'personeel', '\\w*vestiging\\w*', '\\w*magazijn\\w*', '\\w*verhuis\\w*', '\\w*verhuiz\\w*', 'planning', 'roadmap',
  'kpi\\w*', '\\w*dashboard\\w*', 'tool\\w*', 'tickets?', 'incident\\w*', '\\w*kantoor\\w*', 'contactperso\\w*', 'schade\\w*',
  '\\w*(bedrijfs|lease|dienst)(auto|bus|busje|wagen)\\w*', 'blikschade', '\\w*omzet\\w*', 'agenda\\w*', 'bestelbus\\w*', 'voertuig\\w*', 'aandelen\\w*', 'koers\\w*', 'beurskoers', 'prijs\\w*',
  '\\w*polis\\w*', 'subsidie\\w*', 'begroting\\w*', 'huisvesting', 'receptie', 'bezoekers',
  'drukwerk\\w*', '\\w*folder\\w*', 'flyers?', 'brochure\\w*', '\\w*catalog\\w*', 'bewegwijzering', '\\w*verpakking\\w*', 'menukaart\\w*', 'catering\\w*',
  'sponsor\\w*', 'reclame\\w*', 'advertent\\w*', '\\w*inhuur\\w*', '\\w*capaciteit\\w*', '\\w*bezetting\\w*', 'uitzendkracht\\w*', '(het|ons|mijn|jullie|hun) team', 'bonnetjes', 'bonnen', 'finance', '\\w*boekhoud\\w*', '\\w*declaratie\\w*',
  'phishing\\w*', 'spam', 'hack\\w*', 'firewall\\w*', 'wachtwoord\\w*', 'onboarding', '\\w*vrachtwagen\\w*', '\\w*heftruck\\w*', 'lading', 'vracht\\w*', 'container\\w*', 'wagenpark',
  // English business nouns
  'clients?', 'customers?', 'proposals?', 'quotes?', 'tenders?', 'contracts?', 'invoices?', 'websites?', 'software', 'install\\w*',
  'licen[cs]e\\w*', 'campaigns?', 'portals?', 'systems?', 'platforms?', 'integrations?', 'vacanc\\w*', 'suppliers?', 'vendors?',
  'deliver\\w*', 'markets?', 'maintenance', 'outages?', 'networks?', 'fair', 'conferences?', 'budgets?', 'costs?', 'insurers?',
  'insurance', 'chains?', 'presentations?', 'deck', 'trainings?', 'courses?', 'newsletters?', 'articles?', 'launch\\w*', 'documents?',
  'forms?', 'copy', 'scanners?', 'trust', 'group', 'reports?', 'revenue', 'municipality', 'passports?', 'id card', 'stock', 'quota', 'credits?',
  'funds', 'resources', 'options', 'tokens', 'warehouse', 'relocation', 'office', 'offices', 'contact person', 'point of contact',
  'our contact', 'damage', 'company car', 'vehicle', 'share price', 'shares', 'prices?', 'forecast', 'quarter', 'billing', 'accounts',
  'projects?', 'demo', 'pitch', 'kickoff', 'servers?', 'dashboards?', 'tickets?', 'feature', 'features', 'product', 'products',
  '(the|our|my|your|their) team', 'receipts?', 'expenses', 'phishing', 'spam', 'hack\\w*', 'firewall', 'passwords?', 'onboarding', 'staffing', 'capacity', 'trucks?', 'cargo', 'freight', 'shipments?',
  'flyers?', 'brochures?', 'leaflets?', 'signage', 'print run', 'packaging', 'catalogu?e?s?', 'sponsor\\w*', 'advert\\w*', 'website',
];
