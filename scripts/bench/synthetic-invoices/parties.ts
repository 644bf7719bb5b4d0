// Countries: names, addresses, tax rates and identifiers that fit each other, from which vendors and buyers are made.

import { rows, styles, type TCountry } from "./types";

export const COUNTRIES: TCountry[] = [
  {
    code: "DE",
    lang: "de",
    currency: "EUR",
    taxRates: [19, 7],
    surnames: ["Kessler", "Brandt", "Hoffmann", "Vogel", "Lindner", "Krüger", "Schäfer", "Berger", "Wagner", "Neumann", "Haas"],
    places: ["Nordlicht", "Rheinland", "Alpenblick", "Elbtal", "Isartal", "Spreewald", "Hansa", "Mainfranken"],
    trades: [
      "Haustechnik",
      "Elektrotechnik",
      "Druckerei",
      "Logistik",
      "Software",
      "Medien",
      "Metallbau",
      "Gebäudeservice",
      "Consulting",
      "Sanitär",
    ],
    suffixes: ["GmbH", "GmbH", "GmbH", "AG", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "e.K."],
    tradeFirst: 0.25,
    streets: [
      "Hauptstraße",
      "Bahnhofstraße",
      "Lindenweg",
      "Industriestraße",
      "Gartenstraße",
      "Schillerstraße",
      "Friedrich-Ebert-Straße",
      "Mühlenweg",
    ],
    cities: rows(
      "80331|München; 20095|Hamburg; 50667|Köln; 04109|Leipzig; 70173|Stuttgart; 60311|Frankfurt am Main; 90402|Nürnberg; 01067|Dresden",
    ),
    address: (rng, street, [zip, city]) => [`${street} ${rng.int(1, 140)}${rng.chance(0.15) ? "a" : ""}`, `${zip} ${city}`],
    vatId: (rng) => (rng.chance(0.8) ? `DE${rng.digits(9)}` : `DE ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`),
    phone: (rng) =>
      rng.chance(0.5)
        ? `+49 ${rng.int(30, 911)} ${rng.digits(7)}`
        : `0${rng.int(30, 911)} / ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "de",
    banks: rows(
      "Commerzbank|COBADEFFXXX; Deutsche Bank|DEUTDEDBXXX; Stadtsparkasse München|SSKMDEMMXXX; Hamburger Sparkasse|HASPDEHHXXX; GLS Bank|GENODEM1GLS",
    ),
    bban: (rng) => rng.digits(18),
    registration: (rng, city, person) => [
      `Amtsgericht ${city} HRB ${rng.int(10000, 299999)}`,
      `Geschäftsführer: ${person}`,
      `Steuernr. ${rng.digits(3)}/${rng.digits(3)}/${rng.digits(5)}`,
    ],
    paper: "A4",
  },
  {
    code: "AT",
    lang: "de",
    currency: "EUR",
    taxRates: [20, 10],
    taxLabels: ["USt. {r} %", "{r} % USt.", "MwSt. {r}%", "zzgl. {r} % USt."],
    vatLabels: ["UID-Nr.", "UID", "USt-IdNr."],
    surnames: ["Gruber", "Huber", "Bauer", "Pichler", "Steiner", "Moser", "Hofer", "Leitner"],
    places: ["Donau", "Alpen", "Wienerwald", "Salzach", "Tirol"],
    trades: ["Installationen", "Elektrotechnik", "Druck", "Transporte", "IT-Services", "Tischlerei", "Werbeagentur"],
    suffixes: ["GmbH", "GmbH", "AG", "KG", "OG", "e.U."],
    tradeFirst: 0.3,
    streets: ["Mariahilfer Straße", "Landstraße", "Hauptplatz", "Herrengasse", "Wiener Straße", "Linzer Gasse"],
    cities: rows("1060|Wien; 1030|Wien; 4020|Linz; 5020|Salzburg; 8010|Graz; 6020|Innsbruck"),
    address: (rng, street, [zip, city]) => [`${street} ${rng.int(1, 90)}${rng.chance(0.2) ? `/${rng.int(1, 12)}` : ""}`, `${zip} ${city}`],
    vatId: (rng) => `ATU${rng.digits(8)}`,
    phone: (rng) => `+43 ${rng.int(1, 732)} ${rng.digits(6)}`,
    tld: "at",
    banks: rows("Erste Bank|GIBAATWWXXX; Raiffeisenlandesbank OÖ|RZOOAT2LXXX; UniCredit Bank Austria|BKAUATWWXXX"),
    bban: (rng) => rng.digits(16),
    registration: (rng, city, person) => [
      `FN ${rng.int(100000, 599999)}${rng.pick(["a", "b", "d", "g", "k"])}, Handelsgericht ${city}`,
      `Geschäftsführung: ${person}`,
    ],
    paper: "A4",
  },
  {
    code: "CH",
    lang: "de",
    currency: "CHF",
    taxRates: [8.1, 2.6],
    taxLabels: ["MWST {r} %", "MwSt. {r}%", "zzgl. {r} % MWST"],
    vatLabels: ["MWST-Nr.", "UID", "MWST"],
    numberStyles: styles("1'234.56", "1’234.56", "1234.56"),
    surnames: ["Meier", "Keller", "Frei", "Brunner", "Baumann", "Gerber", "Widmer", "Suter"],
    places: ["Seeland", "Limmat", "Rigi", "Aare", "Jura"],
    trades: ["Haustechnik", "Informatik", "Treuhand", "Druck", "Transport", "Schreinerei", "Elektro"],
    suffixes: ["AG", "GmbH", "AG"],
    tradeFirst: 0.3,
    streets: ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptgasse", "Industriestrasse"],
    cities: rows("8001|Zürich; 3011|Bern; 4051|Basel; 6003|Luzern; 9000|St. Gallen"),
    address: (rng, street, [zip, city]) => [`${street} ${rng.int(1, 120)}`, `${zip} ${city}`],
    vatId: (rng) => `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)}${rng.chance(0.6) ? " MWST" : ""}`,
    phone: (rng) => `+41 ${rng.int(21, 91)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "ch",
    banks: rows("UBS Switzerland AG|UBSWCHZH80A; PostFinance AG|POFICHBEXXX; Zürcher Kantonalbank|ZKBKCHZZ80A"),
    bban: (rng) => rng.digits(17),
    registration: (rng, _city, person) => [
      `Handelsregister-Nr. CH-${rng.digits(3)}.${rng.digits(1)}.${rng.digits(3)}.${rng.digits(3)}-${rng.digits(1)}`,
      `Inhaber: ${person}`,
    ],
    paper: "A4",
  },
  {
    code: "FR",
    lang: "fr",
    currency: "EUR",
    taxRates: [20, 10, 5.5],
    surnames: ["Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Rousseau", "Mercier", "Bonnet", "Lambert"],
    places: ["Atlantique", "Provence", "Val de Loire", "Alpes", "Bretagne"],
    trades: [
      "Menuiserie",
      "Transports",
      "Imprimerie",
      "Plomberie",
      "Conseil",
      "Informatique",
      "Électricité",
      "Bureautique",
      "Photographie",
    ],
    suffixes: ["SARL", "SAS", "S.A.", "EURL", "SASU"],
    tradeFirst: 0.8,
    streets: [
      "rue de la République",
      "rue Victor Hugo",
      "avenue Jean Jaurès",
      "boulevard Voltaire",
      "place Bellecour",
      "chemin des Vignes",
      "rue du Commerce",
    ],
    cities: rows("75011|Paris; 69002|Lyon; 13001|Marseille; 33000|Bordeaux; 31000|Toulouse; 44000|Nantes; 67000|Strasbourg; 59000|Lille"),
    address: (rng, street, [zip, city]) => [`${rng.int(1, 120)}${rng.chance(0.5) ? "," : ""} ${street}`, `${zip} ${city.toUpperCase()}`],
    vatId: (rng) => {
      // The real key: (12 + 3 × (SIREN mod 97)) mod 97, so the id looks right to anyone who checks.
      const siren = rng.digits(9);
      const key = String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, "0");
      return rng.chance(0.7) ? `FR${key}${siren}` : `FR ${key} ${siren}`;
    },
    phone: (rng) =>
      rng.chance(0.5)
        ? `0${rng.int(1, 5)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`
        : `+33 ${rng.int(1, 5)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "fr",
    banks: rows("BNP Paribas|BNPAFRPPXXX; Crédit Agricole|AGRIFRPPXXX; Société Générale|SOGEFRPPXXX; CIC|CMCIFRPPXXX"),
    bban: (rng) => rng.digits(23),
    registration: (rng, city) => {
      const siren = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
      return [
        `SIRET ${siren} ${rng.digits(5)}`,
        `RCS ${city} B ${siren}`,
        `Capital social ${rng.pick(["1 000", "5 000", "10 000", "50 000"])} €`,
      ];
    },
    paper: "A4",
  },
  {
    code: "ES",
    lang: "es",
    currency: "EUR",
    taxRates: [21, 10],
    surnames: ["García", "Martínez", "López", "Sánchez", "Fernández", "Romero", "Navarro", "Torres", "Ruiz"],
    places: ["Ibérica", "Levante", "del Norte", "Mediterráneo", "Castilla"],
    trades: ["Construcciones", "Talleres", "Distribuciones", "Instalaciones", "Servicios Informáticos", "Gráficas", "Asesoría", "Reformas"],
    suffixes: ["S.L.", "S.L.", "S.A.", "S.L.U."],
    tradeFirst: 0.9,
    streets: ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia", "Calle San Vicente", "Gran Vía"],
    cities: rows("28013|Madrid; 08007|Barcelona; 46002|Valencia; 41001|Sevilla; 48001|Bilbao; 29015|Málaga"),
    address: (rng, street, [zip, city]) => [
      `${street}, ${rng.int(1, 150)}${rng.chance(0.4) ? `, ${rng.int(1, 8)}º ${rng.pick(["A", "B", "C", "D"])}` : ""}`,
      `${zip} ${city}${rng.chance(0.3) ? ` (${city})` : ""}`,
    ],
    // A company's NIF is a letter and 8 digits; with the ES prefix it is the intra-EU VAT number. Both are printed.
    vatId: (rng) => `${rng.chance(0.5) ? "ES" : ""}${rng.pick(["A", "B", "B", "B"])}${rng.digits(8)}`,
    phone: (rng) =>
      rng.chance(0.5)
        ? `+34 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`
        : `9${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "es",
    banks: rows("CaixaBank|CAIXESBBXXX; BBVA|BBVAESMMXXX; Banco Santander|BSCHESMMXXX; Banco Sabadell|BSABESBBXXX"),
    bban: (rng) => rng.digits(20),
    registration: (rng, city) => [
      `Inscrita en el Registro Mercantil de ${city}, Tomo ${rng.int(1000, 45000)}, Folio ${rng.int(1, 220)}, Hoja ${rng.letters(1)}-${rng.int(10000, 999999)}`,
    ],
    paper: "A4",
  },
  {
    code: "IT",
    lang: "it",
    currency: "EUR",
    taxRates: [22, 10, 4],
    surnames: ["Rossi", "Bianchi", "Ferretti", "Colombo", "Ricci", "Marino", "Greco", "Conti", "Galli"],
    places: ["Adriatica", "Lombarda", "Tirrenica", "Alpina", "Padana"],
    trades: ["Impianti", "Tipografia", "Logistica", "Informatica", "Costruzioni", "Arredamenti", "Elettrotecnica", "Forniture"],
    suffixes: ["S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.r.l.s."],
    tradeFirst: 0.5,
    streets: [
      "Via Roma",
      "Corso Italia",
      "Via Garibaldi",
      "Viale Europa",
      "Via Dante Alighieri",
      "Piazza della Repubblica",
      "Via Giuseppe Verdi",
    ],
    cities: rows("20121|Milano|MI; 00184|Roma|RM; 10121|Torino|TO; 40121|Bologna|BO; 50123|Firenze|FI; 35121|Padova|PD"),
    address: (rng, street, [zip, city, province]) => [
      `${street}${rng.chance(0.5) ? "," : ""} ${rng.int(1, 200)}`,
      `${zip} ${city} (${province})`,
    ],
    vatId: (rng) => `${rng.chance(0.5) ? "IT" : ""}${rng.digits(11)}`,
    phone: (rng) => (rng.chance(0.5) ? `+39 0${rng.int(2, 99)} ${rng.digits(4)} ${rng.digits(3)}` : `0${rng.int(2, 99)} ${rng.digits(7)}`),
    tld: "it",
    banks: rows("Intesa Sanpaolo|BCITITMMXXX; UniCredit|UNCRITMMXXX; Banco BPM|BAPPIT21XXX"),
    bban: (rng) => `${rng.letters(1)}${rng.digits(22)}`,
    registration: (rng, city) => [
      `REA ${city.slice(0, 2).toUpperCase()}-${rng.int(100000, 2999999)}`,
      `Cap. Soc. € ${rng.pick(["10.000,00", "50.000,00", "100.000,00"])} i.v.`,
      `Codice SDI ${rng.letters(3)}${rng.digits(1)}${rng.letters(3)}`,
    ],
    paper: "A4",
  },
  {
    code: "NL",
    lang: "nl",
    currency: "EUR",
    taxRates: [21, 9],
    surnames: ["Van Dijk", "De Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "De Boer", "Mulder"],
    places: ["Randstad", "Noordzee", "Amstel", "Holland", "Veluwe"],
    trades: ["Installatietechniek", "Logistiek", "Bouw", "Drukwerk", "ICT", "Advies", "Kantoorinrichting", "Schilderwerken"],
    suffixes: ["B.V.", "B.V.", "B.V.", "V.O.F.", "N.V."],
    tradeFirst: 0.15,
    streets: ["Keizersgracht", "Stationsstraat", "Kerkstraat", "Dorpsstraat", "Prinsengracht", "Nieuwe Binnenweg", "Oudegracht"],
    cities: rows("1016 DK|Amsterdam; 3011 AB|Rotterdam; 3511 LX|Utrecht; 2511 CV|Den Haag; 5611 AB|Eindhoven; 9711 LM|Groningen"),
    address: (rng, street, [zip, city]) => [`${street} ${rng.int(1, 400)}${rng.chance(0.2) ? "-A" : ""}`, `${zip}  ${city}`],
    vatId: (rng) => {
      const digits = rng.digits(9);
      return rng.chance(0.7) ? `NL${digits}B01` : `NL${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}.B01`;
    },
    phone: (rng) =>
      rng.chance(0.5)
        ? `+31 ${rng.int(10, 79)} ${rng.digits(3)} ${rng.digits(4)}`
        : `0${rng.int(10, 79)} - ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "nl",
    banks: rows("ING|INGBNL2AXXX; Rabobank|RABONL2UXXX; ABN AMRO|ABNANL2AXXX"),
    bban: (rng, bic) => `${bic.slice(0, 4)}${rng.digits(10)}`,
    registration: (rng) => [`KvK ${rng.digits(8)}`],
    paper: "A4",
  },
  {
    code: "GB",
    lang: "en-GB",
    currency: "GBP",
    taxRates: [20, 5],
    surnames: ["Thornbury", "Whitfield", "Ashdown", "Hartley", "Pemberton", "Fairweather", "Holloway", "Crofton"],
    places: ["Pennine", "Thames Valley", "Northern", "Cotswold", "Mersey"],
    trades: ["Joinery", "Print", "Consulting", "Plumbing & Heating", "Digital", "Logistics", "Office Supplies", "Electrical"],
    suffixes: ["Ltd", "Ltd", "Limited", "LLP", "plc"],
    tradeFirst: 0,
    streets: ["Church Lane", "High Street", "Station Road", "Victoria Street", "Mill Lane", "Park Road"],
    cities: rows("LS1 4AP|Leeds; BS1 5TR|Bristol; M1 2AB|Manchester; EC1V 9HX|London; B3 2DT|Birmingham; EH2 4AD|Edinburgh"),
    address: (rng, street, [zip, city]) =>
      rng.chance(0.5)
        ? [`${rng.int(1, 200)} ${street}`, city, zip]
        : [`Unit ${rng.int(1, 24)}, ${rng.pick(["Riverside", "Meadow", "Kingsway"])} Business Park`, `${city} ${zip}`],
    vatId: (rng) => {
      const digits = rng.digits(9);
      return rng.pick([
        `GB${digits}`,
        `GB ${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`,
        `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`,
      ]);
    },
    phone: (rng) => (rng.chance(0.5) ? `0${rng.int(113, 161)} 496 0${rng.digits(3)}` : `+44 ${rng.int(113, 161)} 496 0${rng.digits(3)}`),
    tld: "co.uk",
    banks: rows("Barclays Bank|BARCGB22; Lloyds Bank|LOYDGB21; NatWest|NWBKGB2L; HSBC UK|HBUKGB4B"),
    bban: (rng, bic) => `${bic.slice(0, 4)}${rng.digits(14)}`,
    registration: (rng) => [`Registered in England and Wales No. ${rng.digits(8)}`],
    paper: "A4",
  },
  {
    code: "US",
    lang: "en-US",
    currency: "USD",
    taxRates: [6.25, 7.25, 8.875, 8.25, 6, 7, 4.5, 9.5],
    surnames: ["Carver", "Redwood", "Bennett", "Lakeside", "Summit", "Harper", "Whitman", "Brooks"],
    places: ["Bay Area", "Lone Star", "Great Lakes", "Rocky Mountain", "Pacific"],
    trades: ["Analytics", "Plumbing", "Design Studio", "Supply", "Consulting Group", "Electric", "Media", "Landscaping"],
    suffixes: ["LLC", "Inc.", "LLC", "Corp.", "Co."],
    tradeFirst: 0,
    streets: ["Market Street", "Main Street", "Oak Avenue", "W. Randolph St.", "Broadway", "Pine Street", "Congress Avenue"],
    cities: rows("94103|San Francisco|CA; 78701|Austin|TX; 60607|Chicago|IL; 80202|Denver|CO; 10013|New York|NY; 98101|Seattle|WA"),
    address: (rng, street, [zip, city, state]) => [
      `${rng.int(10, 4800)} ${street}${rng.chance(0.4) ? `, Suite ${rng.int(100, 900)}` : ""}`,
      `${city}, ${state} ${zip}`,
    ],
    phone: (rng) => `(${rng.int(201, 989)}) 555-0${rng.digits(3)}`,
    tld: "com",
    banks: rows("JPMorgan Chase Bank|CHASUS33; Wells Fargo Bank|WFBIUS6S; Bank of America|BOFAUS3N"),
    bban: (rng) => rng.digits(10),
    registration: (rng) => [`EIN ${rng.digits(2)}-${rng.digits(7)}`],
    paper: "Letter",
  },
];

/** The buyer's country as the last line of a cross-border address. */
export const COUNTRY_NAMES: Record<string, string> = {
  DE: "GERMANY",
  AT: "AUSTRIA",
  FR: "FRANCE",
  ES: "SPAIN",
  IT: "ITALY",
  NL: "NETHERLANDS",
};
