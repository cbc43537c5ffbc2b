import type { ModelTexts } from '../models.js';

/**
 * De tre färdiga modellerna på lätt svenska: samma fakta som levels-sv.ts, i kortare meningar och
 * med vanliga ord. Källorna (THL 2022, IAP2, Arnstein 1969) står i inledningarna.
 */
export const levels: ModelTexts = {
  roles: {
    name: 'Hur du som kund kan påverka social- och hälsovården',
    intro:
      'Institutet för hälsa och välfärd gjorde den här modellen år 2022. Förr fick kunderna bara tjänster. ' +
      'Nu kan kunderna vara jämlika partner. Ju högre nivå, desto mer kan du påverka.',
    levels: [
      {
        title: 'Du får tjänster',
        description: 'Personalen bestämmer vad du behöver. De bestämmer hur de ska hjälpa dig. De berättar det för dig. Men de frågar dig sällan.',
        promise: 'Vi berättar tydligt vad vi har bestämt och varför.',
        examples: ['Ett brev om ett beslut', 'Information på en webbplats'],
      },
      {
        title: 'Tjänsten försöker passa dig',
        description: 'Tjänsten försöker ge dig det du behöver. Tjänsten frågar vad du tycker. Men tjänsten bestämmer själv vad den ändrar.',
        promise: 'Vi frågar hur tjänsten fungerar för dig. Vi tänker på det du behöver.',
        examples: ['Ett formulär för respons efter ett besök', 'Frågor till kunderna'],
      },
      {
        title: 'Du känner ditt liv bäst',
        description: 'Dina egna mål styr den hjälp du får. Dina egna val styr den också.',
        promise: 'Vi frågar vilka mål du har. Vi respekterar dina val.',
        examples: ['Du och en socialarbetare bestämmer dina mål tillsammans', 'Du väljer mellan olika tjänster'],
      },
      {
        title: 'Vi använder din erfarenhet',
        description:
          'Vi använder det som du och andra har varit med om. Det hjälper oss att göra tjänsterna bättre. ' +
          'Erfarenhets\u00adexperter och kundråd hjälper oss till exempel. ' +
          'En erfarenhetsexpert är en person som själv har varit med om samma saker och nu hjälper andra.',
        promise: 'Vi samlar in erfarenheter på ett planerat sätt. Vi berättar vad vi gjorde med dem.',
        examples: ['En erfarenhetsexpert undervisar personalen', 'Ett kundråd säger vad det tycker om en ny tjänst'],
      },
      {
        title: 'Du planerar din egen service',
        description: 'Du och personalen planerar din vård eller service tillsammans. Ni bestämmer om den tillsammans.',
        promise: 'Vi gör planen tillsammans med dig. Vi bestämmer inte om din service utan att lyssna på dig.',
        examples: ['En vårdplan som ni gör tillsammans', 'En plan inom socialvården som ni gör tillsammans'],
      },
      {
        title: 'Du utvecklar tjänster som jämlik partner',
        description:
          'Kunderna planerar tjänster och gör dem bättre. De gör det tillsammans med personal och beslutsfattare. ' +
          'Kunderna undersöker också hur bra tjänsterna fungerar. Alla är jämlika.',
        promise: 'Du arbetar tillsammans med personalen. Dina åsikter är lika viktiga som deras.',
        examples: ['Ett kundråd', 'Workshoppar där vi planerar tillsammans', 'Kunderna undersöker hur bra en tjänst fungerar'],
      },
    ],
  },
  spectrum: {
    name: '5 nivåer av delaktighet',
    intro:
      'Här finns 5 nivåer. De bygger på en modell från en internationell organisation. Organisationen heter IAP2. ' +
      'Ju högre nivå, desto mer makt har du över beslutet.',
    levels: [
      {
        title: 'Vi berättar för dig',
        description: 'Du får tydlig information om en plan eller ett beslut. Du får den i god tid. Nu kan du inte ändra det.',
        promise: 'Du får rätt information i tid. Vi använder ord som du förstår.',
        examples: ['Ett brev om en ändring i en tjänst', 'Ett möte där vi berättar om en plan'],
      },
      {
        title: 'Vi frågar dig',
        description: 'Vi frågar vad du tycker innan vi bestämmer. Andra fattar beslutet. Men de tänker på vad du tycker.',
        promise: 'Vi läser varje svar. Efter beslutet berättar vi vad människor sa. Vi berättar också vad det ändrade.',
        examples: ['Frågor som du svarar på', 'Ett möte där du kan säga vad du tycker', 'Dina kommentarer till en första version av en plan'],
      },
      {
        title: 'Vi planerar med dig',
        description: 'Du är med under hela planeringen, inte bara en gång. Det som är viktigt för dig påverkar alternativen.',
        promise: 'Vi kommer tillbaka till dig i varje steg. Vi visar var dina åsikter finns i alternativen.',
        examples: ['Flera workshoppar efter varandra', 'En grupp invånare som följer ett projekt'],
      },
      {
        title: 'Vi arbetar tillsammans',
        description: 'Vi letar efter lösningar tillsammans med dig. Vi förbereder beslutet tillsammans.',
        promise: 'Vi tar fram lösningen med dig. Om vi inte kan följa ditt råd, berättar vi varför.',
        examples: ['Kunder och personal planerar en tjänst tillsammans', 'Ett kundråd förbereder ett förslag'],
      },
      {
        title: 'Du bestämmer',
        description: 'De som är med fattar själva det sista beslutet. Vi kommer överens om gränserna i förväg.',
        promise: 'Du bestämmer. Vi gör det som du bestämde. Vi håller oss till de pengar och regler som vi kom överens om.',
        examples: ['Invånarna bestämmer vad en del av pengarna ska användas till', 'En grupp invånare bestämmer hur den använder pengar som den har fått'],
      },
    ],
  },
  arnstein: {
    name: 'Sherry Arnsteins delaktighetsstege (1969)',
    intro:
      'Sherry Arnstein skrev om den här stegen år 1969. Stegen är en bild av hur mycket makt människor har. ' +
      'Stegen har 8 steg. De lägsta stegen ser bara ut som delaktighet. Verklig makt finns på de översta stegen.',
    groups: ['Inget deltagande', 'Deltagande som inte är på riktigt', 'Invånarna har makt'],
    levels: [
      { title: 'Manipulation', description: 'Beslutsfattarna bjuder in människor bara för att få deras stöd. Människorna kan inte påverka något på riktigt.' },
      { title: 'Att ändra människorna', description: 'Målet är att ändra människorna, inte tjänsten. Beslutsfattarna tycker att deltagandet är en sorts vård för människorna.' },
      { title: 'Bara information', description: 'Beslutsfattarna berättar om planer. Men informationen går bara åt ett håll. Människorna kan inte svara.' },
      { title: 'Bara frågor', description: 'Beslutsfattarna frågar vad människor tycker. Men ingen lovar att åsikterna är viktiga.' },
      { title: 'Att lugna människor', description: 'Några invånare får vara med på mötena. Men beslutsfattarna bestämmer fortfarande själva.' },
      { title: 'Partnerskap', description: 'Invånarna och beslutsfattarna planerar tillsammans. De bestämmer också tillsammans. De följer regler som de har kommit överens om.' },
      { title: 'Invånarna får makt', description: 'Invånarna fattar det sista beslutet om en plan eller en tjänst.' },
      { title: 'Invånarna bestämmer', description: 'Invånarna leder själva en tjänst eller ett program. De bestämmer också över det.' },
    ],
  },
};
