import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../src/core/privacy/guard/index.js';

// The general rules added for unseen sentences: word families, colloquial phrasing, acronyms, figurative business use.
const refused = (texts: string[]): void => { for (const t of texts) expect({ t, medical: checkText(t).medical }).toEqual({ t, medical: true }); };
const passes = (texts: string[]): void => { for (const t of texts) expect({ t, medical: checkText(t).medical }).toEqual({ t, medical: false }); };

describe('guard: general rules for unseen vocabulary', () => {
  it('recognises diagnosis and drug-name families it has no entry for', () => {
    refused(['Heeft een meningeoom', 'Diagnose: osteosarcoom', 'Has a glioblastoma', 'Spinale stenose vastgesteld', 'Heeft een cardiomyopathie',
      'Slikt lisinopril', 'Sinds kort op metoprolol', 'Krijgt amoxicilline', 'Takes omeprazole daily', 'Heeft hypoglykemie']);
    passes(['De prognose voor Q3 is gunstig', 'Veel sympathie voor het plan', 'Cursus bij de academie', 'In april beginnen we', 'Stroomstoring in de hal']);
  });
  it('reads "sick/laid up with X" as naming the illness, but not administrative phrases', () => {
    refused(['Ligt plat met een zware verkoudheid', 'Ziek thuis met buikloop', 'Laid up with laryngitis', 'Off work with sciatica']);
    passes(['Ziek met ingang van 3 maart', 'Ziekgemeld met behoud van loon', 'Off sick with immediate effect', 'Came down with something']);
  });
  it('knows colloquial and indirect phrasing', () => {
    refused(['Heeft het aan zijn hart', 'Heeft iets aan haar knie', 'Zit niet lekker in zn vel', 'Loopt op zijn tandvlees', 'Valt steeds flauw',
      'Krijgt geen lucht', 'Kreeg een toeval', 'Knee op went well', 'Had a minor op on his hand', 'Got the runs',
      'Her mum passed away and she is struggling', 'The workload made him sick', 'Mentaal gaat het niet goed', 'Bitten by a dog']);
  });
  it('reads first-person chat like third-person notes (lexicon/verbForms.ts)', () => {
    refused(['heb een hernia', 'ik ben zwanger', 'ik lig in het ziekenhuis', 'heb het zwaar sinds mijn vader overleden is', "I've got shingles",
      "my back's gone again", "my anxiety's through the roof", 'ik heb MS']);
    passes(['ik ben er vandaag niet, zit bij een klant', 'heb de offerte gestuurd', 'In de loop van de week bellen']);
    refused(['Knie uit de kom']);
  });
  it('lets a birth pass when the text is about the partner\'s leave', () => {
    passes(['Mijn vrouw is bevallen, ik neem geboorteverlof', 'Partner gave birth, on paternity leave until Monday']);
    refused(['Is bevallen van een dochter', 'Mijn vrouw is bevallen']);
  });
  it('treats a care place as a possible client, a care person and going there as personal', () => {
    passes(['Piet is in gesprek met het ziekenhuis over verlenging van het contract']);
    refused(['Verkoopgesprek overnemen want Piet moet naar het ziekenhuis', 'Offerte afmaken, ze heeft een afspraak bij de huisarts',
      'Jan heeft een gesprek met de psycholoog']);
  });
  it('refuses case-sensitive acronyms only as acronyms', () => {
    refused(['Heeft ALS', 'Zij heeft ME', 'Heeft NAH na een ongeluk']);
    passes(['ALS de klant belt, doorverbinden', 'Als het kan vrijdag', 'Bel me even', 'Stuur het naar ME', 'Via MS Teams bellen']);
  });
});

describe('guard: figurative business language passes', () => {
  it('does not refuse medical words used about things', () => {
    passes(['The VAT change is a real headache for finance', 'This client is a pain in the neck', 'Die klant bezorgt me hoofdpijn',
      'Ik heb er buikpijn van, die aanbesteding', 'Het project ligt op de intensive care', 'The project is on life support',
      'De migratie was een hele bevalling', 'Kinderziektes in de nieuwe software', 'We need to stop the bleeding in the support queue',
      'The merger gave everyone whiplash', 'The rollout was surgical', 'Verkeersinfarct op de A12, later op kantoor', 'WK-koorts op kantoor',
      'Cash injection from the investor', 'Ze is allergisch voor lange vergaderingen', 'Klanten kankeren op de nieuwe prijzen']);
  });
  it('does not refuse negations and sports or product names', () => {
    passes(['Ongeval met de heftruck, niemand gewond', 'No one was hurt in the van crash', 'Geen paniek, we halen het', 'Blessuretijd: sponsorbord bijwerken',
      'Injury time sponsorship slot sold', 'Blessurepreventie-app van de klant heeft een bug', 'Scan de bonnetjes en stuur ze naar finance']);
  });
  it('keeps a business compound as business context for its clause', () => {
    passes(['Fysiotherapeuten zijn onze grootste doelgroep', 'Psychologen als doelgroep voor de nieuwe app']);
    refused(['Gaat twee keer per week naar de fysiotherapeut']);
  });
});
