import type { Messages } from './messages';

export const nl: Messages = {
  nav: { label: 'Hoofdmenu', skip: 'Naar de inhoud', overview: 'Overzicht', missions: 'Missies', agreements: 'Overeenkomsten', experts: 'Experts', agencies: 'Organisaties', domains: 'Domeinen', countries: 'Landen', map: 'Kaart', graphiql: 'GraphiQL' },
  language: { label: 'Taal' },
  state: { loading: 'Laden…', empty: 'Niets te tonen.' },
  error: {
    generic: 'Er ging iets mis bij het laden. Probeer opnieuw; blijft het mislukken, vermeld dan de melding hieronder.',
    unauthenticated: 'U bent niet aangemeld of uw sessie is verlopen. Meld u opnieuw aan.',
    forbidden: 'Uw rol laat dit niet toe.',
    rateLimited: 'Te veel verzoeken in korte tijd. Wacht een minuut en probeer opnieuw.',
    badInput: 'De server weigerde dit verzoek als ongeldig.',
    network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer opnieuw.',
  },
  action: { retry: 'Opnieuw proberen', close: 'Sluiten', cancel: 'Annuleren', save: 'Opslaan' },
  common: { yes: 'ja', no: 'nee' },
  badge: { synthetic: 'synthetisch', syntheticHelp: 'Gegenereerde demonstratiegegevens, geen echt record.' },
  status: { CONSIDERED: 'Overwogen', PLANNED: 'Gepland', CONFIRMED: 'Bevestigd', ONGOING: 'Lopend', COMPLETED: 'Afgerond', CANCELLED: 'Geannuleerd', DRAFT: 'Ontwerp', SIGNED: 'Ondertekend', EXPIRED: 'Verlopen', TERMINATED: 'Beëindigd' },
  kind: {
    SUPPORT_MISSION: 'Ondersteuningsmissie', EXPERT_MISSION: 'Expertenmissie', STUDY_VISIT: 'Studiebezoek', WORKSHOP: 'Workshop', ASSESSMENT: 'Evaluatie',
    COOPERATION: 'Samenwerking', PARTNERSHIP: 'Partnerschap', MEMORANDUM_OF_UNDERSTANDING: 'Memorandum van overeenstemming', FRAMEWORK: 'Kaderovereenkomst',
  },
  agencyKind: {
    FEDERAL_PUBLIC_SERVICE: 'Federale overheidsdienst', DEVELOPMENT_AGENCY: 'Ontwikkelingsagentschap', MINISTRY: 'Ministerie', PUBLIC_INSTITUTION: 'Openbare instelling',
    INTERNAL_SERVICE: 'Interne dienst', REGIONAL_GOVERNMENT: 'Gewestelijke overheid', LOCAL_GOVERNMENT: 'Lokale overheid', INTERNATIONAL_ORGANISATION: 'Internationale organisatie',
  },
  partyRole: { ACCOUNTABLE: 'verantwoordelijk', EXTENDING: 'uitbreidend', FUNDING: 'financierend', IMPLEMENTING: 'uitvoerend', SIGNATORY: 'ondertekenaar' },
  role: { LEAD: 'Leider', MEMBER: 'Lid' },
  availability: { AVAILABLE: 'Beschikbaar', UNAVAILABLE: 'Niet beschikbaar' },
  type: { Mission: 'Missie', Agreement: 'Overeenkomst', Expert: 'Expert', Agency: 'Organisatie', Domain: 'Domein', Country: 'Land', Person: 'Persoon', Source: 'Bron', PartnerDesignation: 'Aanwijzing als partnerland', Node: 'Record' },
  sort: { PLANNED_START: 'Geplande start', REFERENCE: 'Referentie', STATUS: 'Status', KIND: 'Soort', CREATED_AT: 'Geregistreerd', NAME: 'Naam', SIGNED_ON: 'Ondertekend op', VALID_FROM: 'Geldig vanaf', VALID_UNTIL: 'Geldig tot', EXISTED_FROM: 'Bestaat sinds', KBO_NUMBER: 'KBO-nummer', LABEL: 'Label', KEY: 'Sleutel', ISO2: 'ISO-code' },
  list: {
    filters: 'Filters', search: 'Woorden', any: 'Alle', data: 'Gegevens', allData: 'Echt en synthetisch', realOnly: 'Alleen echt', syntheticOnly: 'Alleen synthetisch',
    reset: 'Filters wissen', sortBy: 'Sorteren op', direction: 'Richting', asc: 'oplopend', desc: 'aflopend', exportCsv: 'CSV exporteren',
  },
  pager: { label: "Pagina's", count: '{{shown}} getoond van {{total}}', previous: 'Vorige pagina', next: 'Volgende pagina' },
  overview: {
    title: 'Overzicht', lead: 'Wie werkt met wie samen: overeenkomsten, experts en missies in partnerlanden.',
    missionsPerYear: 'Missies per jaar', agreementsPerDomain: 'Overeenkomsten per domein', map: 'Missies per partnerland', openMap: 'De kaart openen',
  },
  map: {
    title: 'Kaart van de partnerlanden', shadeBy: 'Landen kleuren volgens', count: 'Aantal', few: 'weinig', many: 'veel ({{count}})',
    missionsLabel: 'Kaart van landen gekleurd volgens aantal missies', agreementsLabel: 'Kaart van landen gekleurd volgens aantal overeenkomsten',
    missionCountry: 'Kaart met {{country}} gemarkeerd',
  },
  detail: {
    facts: 'Gegevens', sources: 'Bronnen', noSources: 'Geen bron vermeld.', history: 'Wijzigingsgeschiedenis', noHistory: 'Geen wijziging geregistreerd.',
    showChange: 'Wat veranderde', notFound: 'Niet gevonden: dit record bestaat niet of het adres is fout.', showNetwork: 'Tonen in de netwerkweergave', onTheMap: 'Op de kaart',
  },
  mission: {
    reference: 'Referentie', title: 'Titel', country: 'Land', countryCode: 'Landcode', planned: 'Gepland', actual: 'Werkelijk', status: 'Status', kind: 'Soort', year: 'Jaar',
    agreement: 'Overeenkomst', beneficiary: 'Begunstigde', domains: 'Domeinen', objectives: 'Doelstellingen', experts: 'Experts', noExperts: 'Nog geen expert toegewezen.',
    none: 'Geen missie voldoet.', planNew: 'Een missie plannen', planSubmit: 'De missie plannen', plannedStart: 'Geplande start', plannedEnd: 'Gepland einde',
  },
  form: { required: 'Verplicht.', fuzzyHint: 'Een dag (2017-07-15), een maand (2017-07) of een jaar (2017).', none: '— geen —', choose: '— kies —' },
  transition: {
    title: 'De missie verder zetten', plan: 'Plannen', confirm: 'Bevestigen', start: 'Starten', complete: 'Afronden', cancel: 'De missie annuleren',
    done: { plan: 'De missie is gepland.', confirm: 'De missie is bevestigd.', start: 'De missie is gestart.', complete: 'De missie is afgerond.', cancel: 'De missie is geannuleerd.' },
  },
  conflict: {
    explained: 'Iemand anders wijzigde dit record nadat u het opende ({{actor}}, {{when}}). Die wijziging staat hieronder. Pas de uwe opnieuw toe, of verwerp ze.',
    reapply: 'Mijn wijziging opnieuw toepassen', discard: 'De mijne verwerpen en herladen',
    agreement: 'Iemand anders wijzigde deze overeenkomst nadat u ze opende. Sluit dit venster, bekijk de wijziging in de geschiedenis en bewerk opnieuw.',
  },
  assign: {
    open: 'Een expert toewijzen', title: 'Een expert toewijzen aan {{reference}}', findByName: 'Een expert zoeken op naam', findHint: 'Leeg laten voor suggesties gerangschikt op domein, taal en beschikbaarheid.',
    suggestions: 'Suggesties ({{count}} passende experts)', noSuggestions: 'Geen passende expert. Zoek op naam.', domains: 'Domeinen', languages: 'Talen',
    domainMatch: 'domein past', relatedDomain: 'verwant domein', speaksLanguage: 'spreekt de taal', available: 'beschikbaar',
    doubleBooked: 'Al geboekt op {{reference}} ({{when}}): dubbele boeking', unavailable: 'Niet beschikbaar {{from}} – {{to}}', availableOnly: 'Alleen beschikbaar {{periods}}: dan niet beschikbaar',
    role: 'Rol', days: 'Dagen', acceptDoubleBooking: 'Ik weet dat deze expert dan elders geboekt is: toch toewijzen (dubbele boeking aanvaard)',
    submit: 'Toewijzen', done: 'De expert is toegewezen.', needsDates: 'Plan de missie met data voor u experts toewijst.',
    outsideAgreement: 'Deze missie valt buiten de geldigheid van haar overeenkomst.', acceptedConflict: 'dubbele boeking aanvaard', remove: '{{name}} verwijderen',
    daysValue: '{{count}} dagen',
  },
  agreement: {
    parties: 'Partijen', signedOn: 'Ondertekend op', validity: 'Geldig', validFrom: 'Geldig vanaf', validUntil: 'Geldig tot', purpose: 'Doel', countries: 'Landen',
    parent: 'Kaderovereenkomst', edit: 'De overeenkomst bewerken', domainKey: 'Domein (sleutel, met subdomeinen)',
  },
  expert: {
    name: 'Naam', employer: 'Werkgever', language: 'Taal (ISO-code)', availableFrom: 'Beschikbaar vanaf', availableTo: 'Beschikbaar tot', summary: 'Samenvatting',
    timeline: 'Beschikbaarheid en boekingen', timelineLabel: 'Tijdlijn van {{count}} periodes', noTimeline: 'Geen beschikbaarheid of boeking geregistreerd.', booked: 'Geboekt op een missie',
  },
  agency: { kbo: 'KBO-nummer', iati: 'IATI-id', existence: 'Bestond', names: 'Namen', predecessors: 'Voorgangers', successors: 'Opvolgers' },
  domain: { label: 'Label', key: 'Sleutel', parent: 'Bovenliggend', children: 'Subdomeinen', dac: 'DAC-codes', under: 'Onder (domeinsleutel)', level: 'Niveau', rootsOnly: 'Alleen hoogste niveau' },
  country: { partner: 'Partnerland', partnersToday: 'Partnerlanden vandaag', partnerCountry: 'Partnerland', designations: 'Aanwijzingen als partnerland' },
  source: { publisher: 'Uitgever', published: 'Gepubliceerd', excerpt: 'Uittreksel' },
  person: { affiliations: 'Functies' },
  network: {
    short: 'Netwerk', title: 'Netwerk rond {{name}}', showTypes: 'Soorten tonen', canvasLabel: 'Netwerkgrafiek van {{count}} knopen; de lijst ernaast bevat dezelfde knopen.',
    nodes: 'Knopen ({{count}}): kies er een om uit te breiden', openDetail: 'De pagina openen', expanded: 'uitgebreid', truncated: 'Sommige buren werden weggelaten (te veel).',
  },
  search: {
    short: 'Zoeken', label: 'Alles doorzoeken', placeholder: 'Zoek organisaties, overeenkomsten, missies…', suggestions: 'Suggesties', title: 'Zoeken: {{query}}',
    typeSomething: 'Typ woorden in het zoekvak.', nothing: 'Niets voldoet aan deze woorden.', count: '{{count}} resultaten',
  },
  graphiql: { back: '← Terug naar het dashboard', help: '{{count}} voorbeeldvragen uit de analistengids staan open als tabbladen.' },
};
