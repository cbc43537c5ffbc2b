import type { ModelTexts } from '../models.js';

/**
 * Kolme valmista mallia suomeksi, omin sanoin: asiakkaan roolit THL:n mukaan (2022), osallistumisen
 * kirjo IAP2-mallin pohjalta (lupaukset eivät ole IAP2:n tekstiä) ja Sherry Arnsteinin tikapuut (1969).
 */
export const levels: ModelTexts = {
  roles: {
    name: 'Asiakkaan roolit sosiaali- ja terveyspalveluissa (THL 2022)',
    intro: 'Asiakkaan rooli on muuttunut palvelujen kohteesta tasavertaiseksi kumppaniksi. Mitä ylempi taso, sitä enemmän voit vaikuttaa.',
    levels: [
      {
        title: 'Saat palveluja',
        description: 'Ammattilaiset päättävät, mitä tarvitset ja miten sinua autetaan. Sinulle kerrotaan siitä, mutta sinulta kysytään harvoin.',
        promise: 'Kerromme selvästi, mitä olemme päättäneet ja miksi.',
        examples: ['Päätöskirje', 'Tietoa verkkosivulla'],
      },
      {
        title: 'Palvelu tehdään tarpeitasi ajatellen',
        description: 'Palvelu yrittää vastata tarpeisiisi ja kysyy sinulta palautetta. Palvelu päättää itse, mitä se muuttaa.',
        promise: 'Kysymme, miten palvelu toimii sinulle, ja otamme tarpeesi huomioon.',
        examples: ['Palautelomake käynnin jälkeen', 'Asiakaskysely'],
      },
      {
        title: 'Olet oman elämäsi asiantuntija',
        description: 'Omat tavoitteesi ja valintasi ohjaavat sitä, millaista apua saat.',
        promise: 'Kysymme tavoitteitasi ja kunnioitamme valintojasi.',
        examples: ['Asetat omat tavoitteesi yhdessä sosiaali\u00adtyöntekijän kanssa', 'Valitset palvelu\u00advaihtoehdoista'],
      },
      {
        title: 'Kokemuksesi otetaan käyttöön',
        description: 'Sinun ja muiden kokemuksia käytetään palvelujen parantamiseen, esimerkiksi kokemus\u00adasiantuntijoiden ja asiakasraatien avulla.',
        promise: 'Keräämme kokemuksia suunnitelmallisesti ja kerromme, mitä niistä seurasi.',
        examples: ['Kokemus\u00adasiantuntija kouluttaa henkilöstöä', 'Asiakasraati kommentoi uutta palvelua'],
      },
      {
        title: 'Suunnittelet oman palvelusi',
        description: 'Sinä ja ammattilaiset suunnittelette hoitosi tai palvelusi yhdessä. Olet mukana päättämässä siitä.',
        promise: 'Teemme suunnitelman kanssasi emmekä päätä palvelustasi kuulematta sinua.',
        examples: ['Yhdessä tehty hoitosuunnitelma', 'Asiakassuunnitelma sosiaalipalveluissa'],
      },
      {
        title: 'Kehität palveluja tasavertaisena',
        description: 'Asiakkaat suunnittelevat, kehittävät ja arvioivat palveluja yhdessä henkilöstön ja päättäjien kanssa tasavertaisina.',
        promise: 'Istut samassa pöydässä henkilöstön kanssa, ja näkemyksilläsi on yhtä suuri paino.',
        examples: ['Asiakasneuvosto', 'Yhteiskehittämisen työpajat', 'Asiakkaat arvioivat palvelua'],
      },
    ],
  },
  spectrum: {
    name: 'Osallistumisen kirjo (IAP2-mallin pohjalta)',
    intro: 'Viisi tasoa, jotka perustuvat kansainvälisen osallistumis\u00adjärjestön IAP2:n malliin. Mitä ylempi taso, sitä enemmän valtaa sinulla on päätökseen.',
    levels: [
      {
        title: 'Tiedottaminen',
        description: 'Saat ajoissa selkeää tietoa suunnitelmasta tai päätöksestä. Tässä vaiheessa et voi muuttaa sitä.',
        promise: 'Saat oikeaa tietoa ajoissa ja ymmärrettävästi.',
        examples: ['Kirje palvelun muutoksesta', 'Tiedotustilaisuus'],
      },
      {
        title: 'Kuuleminen',
        description: 'Kysymme mielipidettäsi ennen kuin päätämme. Päätöksen tekevät muut, mutta mielipiteesi punnitaan.',
        promise: 'Luemme jokaisen vastauksen. Kun päätös on tehty, kerromme, mitä ihmiset sanoivat ja mitä se muutti.',
        examples: ['Kysely', 'Kuulemistilaisuus', 'Kommentit suunnitelman luonnokseen'],
      },
      {
        title: 'Mukana suunnittelussa',
        description: 'Olet mukana koko suunnittelun ajan, et vain kerran. Sinulle tärkeät asiat vaikuttavat vaihtoehtoihin.',
        promise: 'Palaamme luoksesi joka vaiheessa ja näytämme, missä näkemyksesi näkyvät vaihtoehdoissa.',
        examples: ['Työpajojen sarja', 'Asukasryhmä, joka seuraa hanketta'],
      },
      {
        title: 'Yhteistyö',
        description: 'Sinä ja organisaatio etsitte ratkaisuja ja valmistelette päätöksen yhdessä.',
        promise: 'Rakennamme ratkaisun kanssasi. Jos emme voi noudattaa neuvoasi, kerromme miksi.',
        examples: ['Asiakkaat ja henkilöstö suunnittelevat palvelun yhdessä', 'Asiakasraati valmistelee ehdotuksen'],
      },
      {
        title: 'Päätösvalta',
        description: 'Osallistujat tekevät lopullisen päätöksen itse etukäteen sovituissa rajoissa.',
        promise: 'Sinä päätät. Me toteutamme päätöksen sovitun budjetin ja sääntöjen mukaan.',
        examples: ['Osallistuva budjetointi', 'Asukasryhmä päättää avustuksen käytöstä'],
      },
    ],
  },
  arnstein: {
    name: 'Arnsteinin osallistumisen tikapuut (1969)',
    intro: 'Sherry Arnstein kuvasi vuonna 1969 kahdeksan askelmaa. Alimmat askelmat vain näyttävät osallistumiselta. Todellinen valta on ylimmillä askelmilla.',
    groups: ['Ei osallisuutta', 'Näennäinen osallisuus', 'Kansalaisten valta'],
    levels: [
      { title: 'Manipulointi', description: 'Ihmisiä kutsutaan mukaan vain heidän tukensa saamiseksi. Heillä ei ole todellista sananvaltaa.' },
      { title: 'Terapia', description: 'Tavoite on muuttaa ihmisiä, ei palvelua. Osallistumista pidetään osallistujien hoitona.' },
      { title: 'Tiedottaminen', description: 'Ihmisille kerrotaan suunnitelmista, mutta tieto kulkee vain yhteen suuntaan. Vastata ei voi.' },
      { title: 'Kuuleminen', description: 'Ihmisiltä kysytään mielipidettä, mutta kukaan ei lupaa, että sillä on merkitystä.' },
      { title: 'Lepyttely', description: 'Muutama asukas pääsee mukaan pöytään, mutta vallanpitäjät päättävät edelleen.' },
      { title: 'Kumppanuus', description: 'Asukkaat ja vallanpitäjät jakavat suunnittelun ja päätökset sovittujen sääntöjen mukaan.' },
      { title: 'Siirretty valta', description: 'Asukkailla on ratkaiseva sana suunnitelmasta tai palvelusta.' },
      { title: 'Kansalaisten päätösvalta', description: 'Asukkaat pyörittävät palvelua tai ohjelmaa itse ja päättävät siitä.' },
    ],
  },
};
