import type { ModelTexts } from '../models.js';

/**
 * Kolme valmista mallia selkokielellä: samat asiat kuin levels-fi.ts:ssä, lyhyemmin lausein ja
 * tavallisin sanoin. Lähteet (THL 2022, IAP2, Arnstein 1969) kerrotaan johdannoissa.
 */
export const levels: ModelTexts = {
  roles: {
    name: 'Miten asiakas voi vaikuttaa sosiaali- ja terveyspalveluissa',
    intro:
      'Terveyden ja hyvinvoinnin laitos teki tämän mallin vuonna 2022. Ennen asiakas vain sai palveluja. ' +
      'Nyt asiakas voi olla samanarvoinen kumppani. Mitä ylempi taso, sitä enemmän voit vaikuttaa.',
    levels: [
      {
        title: 'Saat palveluja',
        description: 'Ammattilaiset päättävät, mitä tarvitset. He päättävät, miten he auttavat sinua. He kertovat siitä sinulle. Mutta he kysyvät sinulta harvoin.',
        promise: 'Kerromme selvästi, mitä päätimme ja miksi.',
        examples: ['Kirje päätöksestä', 'Tietoa internetissä'],
      },
      {
        title: 'Palvelu yrittää sopia sinulle',
        description: 'Palvelu yrittää antaa sinulle sen, mitä tarvitset. Palvelu kysyy, mitä mieltä olet. Mutta palvelu päättää itse, mitä se muuttaa.',
        promise: 'Kysymme, miten palvelu toimii sinulle. Otamme tarpeesi huomioon.',
        examples: ['Palautelomake käynnin jälkeen', 'Kysymyksiä asiakkaille'],
      },
      {
        title: 'Tunnet oman elämäsi parhaiten',
        description: 'Omat tavoitteesi ohjaavat apua, jota saat. Myös omat valintasi ohjaavat sitä.',
        promise: 'Kysymme, mitkä ovat tavoitteesi. Kunnioitamme valintojasi.',
        examples: ['Teet tavoitteet yhdessä sosiaali\u00adtyöntekijän kanssa', 'Valitset eri palvelujen välillä'],
      },
      {
        title: 'Käytämme kokemustasi',
        description:
          'Käytämme sinun ja muiden ihmisten kokemuksia. Niiden avulla teemme palveluista parempia. ' +
          'Apuna ovat esimerkiksi kokemus\u00adasiantuntijat ja asiakasraadit. ' +
          'Kokemus\u00adasiantuntija on ihminen, joka on itse kokenut samoja asioita ja auttaa nyt muita.',
        promise: 'Keräämme kokemuksia sovitulla tavalla. Kerromme, mitä teimme niiden avulla.',
        examples: ['Kokemus\u00adasiantuntija opettaa työntekijöitä', 'Asiakasraati kertoo mielipiteensä uudesta palvelusta'],
      },
      {
        title: 'Suunnittelet oman palvelusi',
        description: 'Sinä ja ammattilaiset suunnittelette hoitosi tai palvelusi yhdessä. Päätätte siitä yhdessä.',
        promise: 'Teemme suunnitelman yhdessä kanssasi. Emme päätä palvelustasi kuuntelematta sinua.',
        examples: ['Hoitosuunnitelma, jonka teette yhdessä', 'Suunnitelma sosiaalipalveluissa, jonka teette yhdessä'],
      },
      {
        title: 'Kehität palveluja samanarvoisena',
        description:
          'Asiakkaat suunnittelevat palveluja ja tekevät niistä parempia. He tekevät sitä yhdessä työntekijöiden ja päättäjien kanssa. ' +
          'Asiakkaat myös tutkivat, miten hyvin palvelut toimivat. Kaikki ovat samanarvoisia.',
        promise: 'Teet työtä yhdessä työntekijöiden kanssa. Sinun mielipiteesi on yhtä tärkeä kuin heidän.',
        examples: ['Asiakasneuvosto', 'Työpajat, joissa suunnittelemme yhdessä', 'Asiakkaat tutkivat, miten hyvin palvelu toimii'],
      },
    ],
  },
  spectrum: {
    name: 'Osallistumisen 5 tasoa',
    intro:
      'Tässä on 5 tasoa. Ne perustuvat kansainvälisen järjestön malliin. Järjestön nimi on IAP2. ' +
      'Mitä ylempi taso, sitä enemmän valtaa sinulla on päätökseen.',
    levels: [
      {
        title: 'Kerromme sinulle',
        description: 'Saat selvää tietoa suunnitelmasta tai päätöksestä. Saat tiedon ajoissa. Tässä vaiheessa et voi muuttaa asiaa.',
        promise: 'Saat oikeaa tietoa ajoissa. Käytämme sanoja, jotka ymmärrät.',
        examples: ['Kirje palvelun muutoksesta', 'Tilaisuus, jossa kerromme suunnitelmasta'],
      },
      {
        title: 'Kysymme sinulta',
        description: 'Kysymme mielipidettäsi ennen kuin päätämme. Muut tekevät päätöksen. Mutta he ottavat mielipiteesi huomioon.',
        promise: 'Luemme jokaisen vastauksen. Päätöksen jälkeen kerromme, mitä ihmiset sanoivat. Kerromme myös, mitä se muutti.',
        examples: ['Kysely', 'Tilaisuus, jossa voit sanoa mielipiteesi', 'Kommentit suunnitelman ensimmäiseen versioon'],
      },
      {
        title: 'Suunnittelemme kanssasi',
        description: 'Olet mukana koko suunnittelun ajan, et vain kerran. Sinulle tärkeät asiat vaikuttavat vaihtoehtoihin.',
        promise: 'Palaamme luoksesi jokaisessa vaiheessa. Näytämme, missä kohdin mielipiteesi näkyvät vaihtoehdoissa.',
        examples: ['Monta työpajaa peräkkäin', 'Asukkaiden ryhmä, joka seuraa projektia'],
      },
      {
        title: 'Teemme työtä yhdessä',
        description: 'Etsimme ratkaisuja yhdessä kanssasi. Valmistelemme päätöksen yhdessä.',
        promise: 'Teemme ratkaisun yhdessä kanssasi. Jos emme voi tehdä niin kuin neuvoit, kerromme syyn.',
        examples: ['Asiakkaat ja työntekijät suunnittelevat palvelun yhdessä', 'Asiakasraati valmistelee ehdotuksen'],
      },
      {
        title: 'Sinä päätät',
        description: 'Osallistujat tekevät itse lopullisen päätöksen. Sovimme rajat etukäteen.',
        promise: 'Sinä päätät. Me teemme sen, mitä päätit. Käytämme vain sen rahan, josta sovimme. Noudatamme sääntöjä, joista sovimme.',
        examples: ['Asukkaat päättävät, mihin osa rahoista menee', 'Asukkaiden ryhmä päättää, mihin se käyttää saamansa rahan'],
      },
    ],
  },
  arnstein: {
    name: 'Sherry Arnsteinin osallistumisen tikapuut (1969)',
    intro:
      'Sherry Arnstein kirjoitti näistä tikapuista vuonna 1969. Tikapuut ovat kuva siitä, kuinka paljon valtaa ihmisillä on. ' +
      'Tikapuissa on 8 askelmaa. Alimmat askelmat vain näyttävät osallistumiselta. Todellinen valta on ylimmillä askelmilla.',
    groups: ['Ei osallistumista', 'Osallistuminen ei ole totta', 'Asukkailla on valtaa'],
    levels: [
      { title: 'Manipulointi', description: 'Päättäjät kutsuvat ihmisiä mukaan vain, jotta ihmiset tukisivat heitä. Ihmiset eivät oikeasti voi vaikuttaa mihinkään.' },
      { title: 'Ihmisten muuttaminen', description: 'Tavoite on muuttaa ihmisiä, ei palvelua. Päättäjät ajattelevat, että osallistuminen on ihmisille hoitoa.' },
      { title: 'Pelkkä tiedottaminen', description: 'Päättäjät kertovat ihmisille suunnitelmista. Mutta tieto kulkee vain yhteen suuntaan. Ihmiset eivät voi vastata.' },
      { title: 'Pelkkä kysyminen', description: 'Päättäjät kysyvät ihmisten mielipidettä. Mutta kukaan ei lupaa, että mielipiteillä on merkitystä.' },
      { title: 'Rauhoittelu', description: 'Muutama asukas pääsee mukaan kokouksiin. Mutta päättäjät päättävät yhä itse.' },
      { title: 'Kumppanuus', description: 'Asukkaat ja päättäjät suunnittelevat yhdessä. He myös päättävät yhdessä. He noudattavat sääntöjä, joista he sopivat.' },
      { title: 'Asukkaat saavat vallan', description: 'Asukkaat tekevät lopullisen päätöksen suunnitelmasta tai palvelusta.' },
      { title: 'Asukkaat päättävät', description: 'Asukkaat johtavat itse palvelua tai ohjelmaa. He myös päättävät siitä.' },
    ],
  },
};
