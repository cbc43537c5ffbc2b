import type { ModelTexts } from '../models.js';

/**
 * De tre färdiga modellerna på svenska, med egna ord: kundens roller enligt THL (2022),
 * delaktighets\u00adspektrumet enligt IAP2-modellen (löftena är inte IAP2:s text) och Sherry Arnsteins
 * stege (1969).
 */
export const levels: ModelTexts = {
  roles: {
    name: 'Kundens roller inom social- och hälsovården (THL 2022)',
    intro: 'Kundens roll har förändrats från att vara föremål för tjänster till att vara en jämlik partner. Ju högre nivå, desto mer kan du påverka.',
    levels: [
      {
        title: 'Du får tjänster',
        description: 'De yrkesutbildade bestämmer vad du behöver och hur du får hjälp. Du får veta det, men du blir sällan tillfrågad.',
        promise: 'Vi berättar tydligt vad vi har beslutat och varför.',
        examples: ['Ett beslutsbrev', 'Information på en webbplats'],
      },
      {
        title: 'Tjänsten utgår från dina behov',
        description: 'Tjänsten försöker svara mot dina behov och ber dig om respons. Tjänsten bestämmer själv vad den ändrar.',
        promise: 'Vi frågar hur tjänsten fungerar för dig och tar hänsyn till dina behov.',
        examples: ['En responsblankett efter ett besök', 'En kundenkät'],
      },
      {
        title: 'Du är expert på ditt eget liv',
        description: 'Dina egna mål och val styr den hjälp du får.',
        promise: 'Vi frågar vilka mål du har och respekterar dina val.',
        examples: ['Du sätter egna mål tillsammans med en socialarbetare', 'Du väljer mellan olika tjänster'],
      },
      {
        title: 'Din erfarenhet tas till vara',
        description: 'Vi använder dina och andras erfarenheter för att göra tjänsterna bättre, till exempel med hjälp av erfarenhets\u00adexperter och kundråd.',
        promise: 'Vi samlar in erfarenheter planmässigt och berättar vad de ledde till.',
        examples: ['En erfarenhetsexpert utbildar personalen', 'Ett kundråd kommenterar en ny tjänst'],
      },
      {
        title: 'Du planerar din egen service',
        description: 'Du och de yrkesutbildade planerar din vård eller service tillsammans. Du är med och beslutar om den.',
        promise: 'Vi gör planen tillsammans med dig och beslutar inte om din service utan att höra dig.',
        examples: ['En vårdplan som görs tillsammans', 'En klientplan inom socialvården'],
      },
      {
        title: 'Du utvecklar tjänster som jämlik partner',
        description: 'Kunder planerar, utvecklar och utvärderar tjänster tillsammans med personal och beslutsfattare, på lika villkor.',
        promise: 'Du sitter vid samma bord som personalen, och dina åsikter väger lika tungt.',
        examples: ['Ett kundråd', 'Workshoppar för gemensam utveckling', 'Kunder utvärderar en tjänst'],
      },
    ],
  },
  spectrum: {
    name: 'Delaktighets\u00adspektrum (enligt IAP2-modellen)',
    intro: 'Fem nivåer som bygger på modellen från IAP2, en internationell organisation för medborgar\u00addelaktighet. Ju högre nivå, desto mer makt har du över beslutet.',
    levels: [
      {
        title: 'Information',
        description: 'Du får tydlig information om en plan eller ett beslut i god tid. I det här skedet kan du inte ändra det.',
        promise: 'Du får korrekt information i tid och så att du förstår den.',
        examples: ['Ett brev om en ändring i en tjänst', 'Ett informationsmöte'],
      },
      {
        title: 'Samråd',
        description: 'Vi frågar vad du tycker innan vi beslutar. Andra fattar beslutet, men dina synpunkter vägs in.',
        promise: 'Vi läser varje svar. När beslutet är fattat berättar vi vad folk sa och vad det ändrade.',
        examples: ['En enkät', 'Ett hörande', 'Kommentarer till ett utkast'],
      },
      {
        title: 'Medverkan',
        description: 'Du är med under hela planeringen, inte bara en gång. Det som är viktigt för dig formar alternativen.',
        promise: 'Vi återkommer till dig i varje skede och visar var dina synpunkter syns i alternativen.',
        examples: ['En serie workshoppar', 'En invånargrupp som följer ett projekt'],
      },
      {
        title: 'Samarbete',
        description: 'Du och organisationen tar fram lösningar och bereder beslutet tillsammans.',
        promise: 'Vi bygger lösningen med dig. Om vi inte kan följa ditt råd förklarar vi varför.',
        examples: ['Kunder och personal planerar en tjänst tillsammans', 'Ett kundråd bereder ett förslag'],
      },
      {
        title: 'Beslutanderätt',
        description: 'De som deltar fattar själva det slutliga beslutet, inom ramar som man kommit överens om i förväg.',
        promise: 'Du bestämmer. Vi genomför beslutet inom den budget och de regler som man kommit överens om.',
        examples: ['Deltagande budgetering', 'En invånargrupp bestämmer hur ett bidrag används'],
      },
    ],
  },
  arnstein: {
    name: 'Arnsteins delaktighetsstege (1969)',
    intro: 'Sherry Arnstein beskrev åtta steg år 1969. De lägsta stegen ser bara ut som delaktighet. Verklig makt finns på de översta stegen.',
    groups: ['Ingen delaktighet', 'Skendelaktighet', 'Medborgarmakt'],
    levels: [
      { title: 'Manipulation', description: 'Människor bjuds in bara för att man vill ha deras stöd. De har inget verkligt inflytande.' },
      { title: 'Terapi', description: 'Målet är att ändra människorna, inte tjänsten. Deltagandet behandlas som vård för dem.' },
      { title: 'Information', description: 'Människor får höra om planer, men informationen går bara åt ett håll. Det går inte att svara.' },
      { title: 'Konsultation', description: 'Människor tillfrågas om sina åsikter, men ingen lovar att åsikterna räknas.' },
      { title: 'Blidkande', description: 'Några invånare får en plats vid bordet, men makthavarna fattar fortfarande besluten.' },
      { title: 'Partnerskap', description: 'Invånarna och makthavarna delar planering och beslut enligt överenskomna regler.' },
      { title: 'Delegerad makt', description: 'Invånarna har det avgörande ordet om en plan eller en tjänst.' },
      { title: 'Medborgar\u00adkontroll', description: 'Invånarna driver en tjänst eller ett program själva och bestämmer över det.' },
    ],
  },
};
