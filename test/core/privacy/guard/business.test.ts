import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../src/core/privacy/guard/index.js';

const passes = (text: string): void => expect({ text, ...checkText(text) }).toEqual({ text, medical: false, categories: [] });
const refused = (text: string): void => expect({ text, medical: checkText(text).medical }).toEqual({ text, medical: true });

describe('guard: process and business text passes', () => {
  it('lets sick-leave process words through (domain.md §5)', () => {
    for (const t of [
      'Afspraak met de bedrijfsarts op dinsdag', 'Spreekuur bij de bedrijfsarts', 'Probleemanalyse ontvangen', 'Plan van aanpak getekend',
      'Casemanager ingeschakeld', 'Arbodienst gebeld', 'Arbeidsdeskundige komt langs', 'Re-integratie tweede spoor', 'Ziekmelding ontvangen',
      'Herstelmelding per maandag', 'Verzuim sinds maandag', 'Is ziek gemeld', 'Ziek thuis', 'Arbeidstherapeutisch werken vanaf maandag',
      'Appointment with the company doctor', 'Occupational physician consult', 'Case manager assigned', 'On sick leave', 'Called in sick',
    ]) passes(t);
  });
  it('treats leave types as administrative, pregnancy as medical', () => {
    for (const t of ['Zwangerschapsverlof gaat in op 1 juni', 'Zwangerschaps- en bevallingsverlof aanvragen', 'Maternity leave starts in June', 'Ouderschapsverlof']) passes(t);
    refused('Is zwanger');
    refused('She is pregnant');
  });
  it('does not refuse business words that contain medical letters', () => {
    for (const t of [
      'Klachtenafhandeling overdragen aan Piet', 'Klantklachten bundelen', 'Presentatie voor de zorgsector', 'Overleg met de zorgverzekeraar',
      'Operationeel overleg verzetten', 'Operations review', 'Pijnpunten van de klant', 'Stresstest van het systeem', 'Hoofdkantoor verhuist',
      'Handover of the project to Jan', 'Back-office migration', 'Cost breakdown attached', 'Complaints handling for client X',
    ]) passes(t);
  });
  it('reads "ziekenhuis" and "hospital" as care only in a care context', () => {
    for (const t of ['Project Ziekenhuis Rijnstate afronden', 'Offerte voor het ziekenhuis', 'Demo bij Ziekenhuis Noord', 'Proposal for the hospital group', "Client call with St. Mary's Hospital"]) passes(t);
    for (const t of ['Ligt in het ziekenhuis', 'Naar het ziekenhuis gebracht', 'Opgenomen in het Antonius Ziekenhuis', 'In hospital with pneumonia', 'Admitted to hospital']) refused(t);
  });
  it('counts cause words only as a cause of the absence', () => {
    for (const t of ['Planning aangepast vanwege de reorganisatie', 'Door de reorganisatie verandert de rapportagelijn', 'Meeting cancelled due to the holiday', 'Vanwege ziekte afwezig']) passes(t);
    for (const t of ['Ziek vanwege de reorganisatie', 'Vanwege de reorganisatie.', 'Uitgevallen door de werkdruk', 'Due to workload']) refused(t);
  });
  it('does not mistake idioms and other senses for medical text', () => {
    for (const t of ['Het besluit is gevallen', 'In beide gevallen akkoord', 'De offerte is in behandeling', 'Contact opgenomen met de leverancier',
      'Opgenomen in de planning', 'Een scan van het contract mailen', 'Prik een datum', 'Lever het dossier over aan Jan', 'Aan de hand van de cijfers',
      'The build is broken', 'I will get back to you', 'A stroke of luck', 'Due date is Friday']) passes(t);
  });
});
