import type { Messages } from './messages';

export const fr: Messages = {
  nav: { label: 'Menu principal', skip: 'Aller au contenu', overview: 'Aperçu', missions: 'Missions', agreements: 'Accords', experts: 'Experts', agencies: 'Organismes', domains: 'Domaines', countries: 'Pays', map: 'Carte', graphiql: 'GraphiQL' },
  language: { label: 'Langue' },
  state: { loading: 'Chargement…', empty: 'Rien à afficher.' },
  error: {
    generic: 'Un problème est survenu pendant le chargement. Réessayez ; si cela persiste, citez le message ci-dessous.',
    unauthenticated: 'Vous n’êtes pas connecté, ou votre session a expiré. Connectez-vous à nouveau.',
    forbidden: 'Votre rôle ne le permet pas.',
    rateLimited: 'Trop de requêtes en peu de temps. Attendez une minute, puis réessayez.',
    badInput: 'Le serveur a refusé cette requête comme invalide.',
    network: 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.',
  },
  action: { retry: 'Réessayer', close: 'Fermer', cancel: 'Annuler', save: 'Enregistrer' },
  common: { yes: 'oui', no: 'non' },
  badge: { synthetic: 'synthétique', syntheticHelp: 'Données de démonstration générées, pas un enregistrement réel.' },
  status: { CONSIDERED: 'Envisagée', PLANNED: 'Planifiée', CONFIRMED: 'Confirmée', ONGOING: 'En cours', COMPLETED: 'Terminée', CANCELLED: 'Annulée', DRAFT: 'Projet', SIGNED: 'Signé', EXPIRED: 'Expiré', TERMINATED: 'Résilié' },
  kind: {
    SUPPORT_MISSION: 'Mission d’appui', EXPERT_MISSION: 'Mission d’expertise', STUDY_VISIT: 'Visite d’étude', WORKSHOP: 'Atelier', ASSESSMENT: 'Évaluation',
    COOPERATION: 'Coopération', PARTNERSHIP: 'Partenariat', MEMORANDUM_OF_UNDERSTANDING: 'Protocole d’accord', FRAMEWORK: 'Accord-cadre',
  },
  agencyKind: {
    FEDERAL_PUBLIC_SERVICE: 'Service public fédéral', DEVELOPMENT_AGENCY: 'Agence de développement', MINISTRY: 'Ministère', PUBLIC_INSTITUTION: 'Institution publique',
    INTERNAL_SERVICE: 'Service interne', REGIONAL_GOVERNMENT: 'Gouvernement régional', LOCAL_GOVERNMENT: 'Pouvoir local', INTERNATIONAL_ORGANISATION: 'Organisation internationale',
  },
  partyRole: { ACCOUNTABLE: 'responsable', EXTENDING: 'délégant', FUNDING: 'bailleur', IMPLEMENTING: 'exécutant', SIGNATORY: 'signataire' },
  role: { LEAD: 'Chef', MEMBER: 'Membre' },
  availability: { AVAILABLE: 'Disponible', UNAVAILABLE: 'Indisponible' },
  type: { Mission: 'Mission', Agreement: 'Accord', Expert: 'Expert', Agency: 'Organisme', Domain: 'Domaine', Country: 'Pays', Person: 'Personne', Source: 'Source', PartnerDesignation: 'Désignation comme pays partenaire', Node: 'Enregistrement' },
  sort: { PLANNED_START: 'Début prévu', REFERENCE: 'Référence', STATUS: 'Statut', KIND: 'Type', CREATED_AT: 'Enregistré', NAME: 'Nom', SIGNED_ON: 'Signé le', VALID_FROM: 'Valable du', VALID_UNTIL: 'Valable jusqu’au', EXISTED_FROM: 'Existe depuis', KBO_NUMBER: 'Numéro BCE', LABEL: 'Libellé', KEY: 'Clé', ISO2: 'Code ISO' },
  list: {
    filters: 'Filtres', search: 'Mots', any: 'Tous', data: 'Données', allData: 'Réelles et synthétiques', realOnly: 'Réelles seulement', syntheticOnly: 'Synthétiques seulement',
    reset: 'Effacer les filtres', sortBy: 'Trier par', direction: 'Ordre', asc: 'croissant', desc: 'décroissant', exportCsv: 'Exporter en CSV',
  },
  pager: { label: 'Pages', count: '{{shown}} affichés sur {{total}}', previous: 'Page précédente', next: 'Page suivante' },
  overview: {
    title: 'Aperçu', lead: 'Qui coopère avec qui : accords, experts et missions dans les pays partenaires.',
    missionsPerYear: 'Missions par année', agreementsPerDomain: 'Accords par domaine', map: 'Missions par pays partenaire', openMap: 'Ouvrir la carte',
  },
  map: {
    title: 'Carte des pays partenaires', shadeBy: 'Colorer les pays selon', count: 'Nombre', few: 'peu', many: 'beaucoup ({{count}})',
    missionsLabel: 'Carte des pays colorés selon le nombre de missions', agreementsLabel: 'Carte des pays colorés selon le nombre d’accords',
    missionCountry: 'Carte avec {{country}} en évidence',
  },
  detail: {
    facts: 'Données', sources: 'Sources', noSources: 'Aucune source citée.', history: 'Historique des modifications', noHistory: 'Aucune modification enregistrée.',
    showChange: 'Ce qui a changé', notFound: 'Introuvable : cet enregistrement n’existe pas, ou l’adresse est erronée.', showNetwork: 'Voir dans la vue réseau', onTheMap: 'Sur la carte',
  },
  mission: {
    reference: 'Référence', title: 'Titre', country: 'Pays', countryCode: 'Code pays', planned: 'Prévue', actual: 'Réelle', status: 'Statut', kind: 'Type', year: 'Année',
    agreement: 'Accord', beneficiary: 'Bénéficiaire', domains: 'Domaines', objectives: 'Objectifs', experts: 'Experts', noExperts: 'Aucun expert affecté pour l’instant.',
    none: 'Aucune mission ne correspond.', planNew: 'Planifier une mission', planSubmit: 'Planifier la mission', plannedStart: 'Début prévu', plannedEnd: 'Fin prévue',
  },
  form: { required: 'Obligatoire.', fuzzyHint: 'Un jour (2017-07-15), un mois (2017-07) ou une année (2017).', none: '— aucun —', choose: '— choisir —' },
  transition: {
    title: 'Faire avancer la mission', plan: 'Planifier', confirm: 'Confirmer', start: 'Démarrer', complete: 'Terminer', cancel: 'Annuler la mission',
    done: { plan: 'La mission est planifiée.', confirm: 'La mission est confirmée.', start: 'La mission a démarré.', complete: 'La mission est terminée.', cancel: 'La mission est annulée.' },
  },
  conflict: {
    explained: 'Quelqu’un d’autre a modifié cet enregistrement après que vous l’avez ouvert ({{actor}}, {{when}}). Sa modification figure ci-dessous. Réappliquez la vôtre, ou abandonnez-la.',
    reapply: 'Réappliquer ma modification', discard: 'Abandonner la mienne et recharger',
    agreement: 'Quelqu’un d’autre a modifié cet accord après que vous l’avez ouvert. Fermez cette fenêtre, consultez sa modification dans l’historique et modifiez à nouveau.',
  },
  assign: {
    open: 'Affecter un expert', title: 'Affecter un expert à {{reference}}', findByName: 'Chercher un expert par nom', findHint: 'Laisser vide pour des suggestions classées par domaine, langue et disponibilité.',
    suggestions: 'Suggestions ({{count}} experts correspondants)', noSuggestions: 'Aucun expert ne correspond. Cherchez par nom.', domains: 'Domaines', languages: 'Langues',
    domainMatch: 'domaine correspondant', relatedDomain: 'domaine voisin', speaksLanguage: 'parle la langue', available: 'disponible',
    doubleBooked: 'Déjà réservé sur {{reference}} ({{when}}) : double réservation', unavailable: 'Indisponible du {{from}} au {{to}}', availableOnly: 'Disponible seulement {{periods}} : indisponible alors',
    role: 'Rôle', days: 'Jours', acceptDoubleBooking: 'Je sais que cet expert est réservé ailleurs à ce moment : affecter quand même (double réservation acceptée)',
    submit: 'Affecter', done: 'L’expert est affecté.', needsDates: 'Planifiez la mission avec des dates avant d’affecter des experts.',
    outsideAgreement: 'Cette mission sort de la période de validité de son accord.', acceptedConflict: 'double réservation acceptée', remove: 'Retirer {{name}}',
    daysValue: '{{count}} jours',
  },
  agreement: {
    parties: 'Parties', signedOn: 'Signé le', validity: 'Valable', validFrom: 'Valable du', validUntil: 'Valable jusqu’au', purpose: 'Objet', countries: 'Pays',
    parent: 'Accord-cadre', edit: 'Modifier l’accord', domainKey: 'Domaine (clé, sous-domaines compris)',
  },
  expert: {
    name: 'Nom', employer: 'Employeur', language: 'Langue (code ISO)', availableFrom: 'Disponible du', availableTo: 'Disponible jusqu’au', summary: 'Résumé',
    timeline: 'Disponibilités et réservations', timelineLabel: 'Frise de {{count}} périodes', noTimeline: 'Aucune disponibilité ni réservation enregistrée.', booked: 'Réservé sur une mission',
  },
  agency: { kbo: 'Numéro BCE', iati: 'Identifiant IATI', existence: 'A existé', names: 'Noms', predecessors: 'Prédécesseurs', successors: 'Successeurs' },
  domain: { label: 'Libellé', key: 'Clé', parent: 'Parent', children: 'Sous-domaines', dac: 'Codes CAD', under: 'Sous (clé de domaine)', level: 'Niveau', rootsOnly: 'Premier niveau seulement' },
  country: { partner: 'Pays partenaire', partnersToday: 'Pays partenaires aujourd’hui', partnerCountry: 'Pays partenaire', designations: 'Désignations comme pays partenaire' },
  source: { publisher: 'Éditeur', published: 'Publié', excerpt: 'Extrait' },
  person: { affiliations: 'Fonctions' },
  network: {
    short: 'Réseau', title: 'Réseau autour de {{name}}', showTypes: 'Types affichés', canvasLabel: 'Graphe de {{count}} nœuds ; la liste à côté contient les mêmes nœuds.',
    nodes: 'Nœuds ({{count}}) : choisissez-en un pour l’étendre', openDetail: 'Ouvrir sa page', expanded: 'étendu', truncated: 'Certains voisins ont été omis (trop nombreux).',
  },
  search: {
    short: 'Recherche', label: 'Tout rechercher', placeholder: 'Chercher organismes, accords, missions…', suggestions: 'Suggestions', title: 'Recherche : {{query}}',
    typeSomething: 'Tapez des mots dans la zone de recherche.', nothing: 'Rien ne correspond à ces mots.', count: '{{count}} résultats',
  },
  graphiql: { back: '← Retour au tableau de bord', help: '{{count}} requêtes d’exemple du guide de l’analyste sont ouvertes en onglets.' },
};
