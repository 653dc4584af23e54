import PolicyCatalogue
import PolicyDSL
import PolicyModel

// Leggett Immobilier: from its "Privacy" statement on frenchestateagents.com, as archived on 22 November 2018.
// The statement itself bears no date: the model needs one, so the capture date stands as version and
// effective date, and the effective date is declared missing. Each declaration names the heading of that
// statement it comes from.
// Facts the statement does not give are declared `Missing`, never filled in.
// Legal bases: the statement names legitimate interest (requests), legal obligation (account management,
// fraud, disclosures required by law) and consent (capital partners). The others are the qualification of
// each purpose as "Use of data" describes it (consent where the law requires it for trackers and e-mail
// prospecting), to be confirmed by the controller.

let leggettImmobilier = PrivacyPolicy("leggett-immobilier", version: "2018-11-22", effective: "2018-11-22") {
    // "Data covered by this statement"; the site the statement was published on.
    DataController("Leggett Immobilier", establishedIn: "FR") {
        TradeName("Leggett Immobilier")
        Website("https://www.frenchestateagents.com")
    }
    Missing("/controller/legalForm", note: "No legal form is given.")
    Missing("/controller/registration", note: "No company register entry is given.")
    Missing("/controller/address", note: "No postal address is given.")
    Missing("/controller/contact", note: "The only channel given is the DPO's e-mail address.")

    // "Data covered by this statement": the DPO's address.
    ProtectionOfficer(title: "Data Protection Officer") {
        Email("cil@leggett.fr")
    }

    Missing(
        "/effectiveDate",
        note: "The statement bears no date; 2018-11-22 is the day the archived copy was captured, not a date of update.")
    PublishedVersion(
        "2018-11-22", date: "2018-11-22",
        fr: "Texte publié sur frenchestateagents.com, dans sa version archivée le 22 novembre 2018.",
        en: "Text published on frenchestateagents.com, as archived on 22 November 2018.")

    // "Information we collect directly from you": name and date of birth are listed apart, and no purpose
    // is said to use the date of birth.
    PersonalData("name", .identity, fr: "Nom", en: "Name")
    PersonalData("birth-date", .identity, fr: "Date de naissance", en: "Date of birth")
    PersonalData(
        "contact", .contact, fr: "Coordonnées", en: "Contact details",
        examples: [
            Localized(fr: "adresse électronique", en: "e-mail address"),
            Localized(fr: "adresse postale", en: "postal address"),
            Localized(fr: "numéro de téléphone", en: "telephone number"),
        ])
    PersonalData("credentials", .credentials, fr: "Identifiant et mot de passe", en: "Username and password")
    PersonalData("demographic", .demographic, fr: "Informations démographiques", en: "Demographic information")
    PersonalData(
        "payment", .financial, fr: "Données de paiement et coordonnées bancaires",
        en: "Payment information and bank account details")
    PersonalData(
        "communication-preferences", .preferences, fr: "Préférences de communication",
        en: "Communication preferences")
    PersonalData(
        "call-recordings", .voiceRecording, fr: "Enregistrements des appels à notre service client",
        en: "Recordings of calls to our customer service line")
    // "Information automatically collected online" and "Cookies".
    PersonalData(
        "browsing", .browsing, fr: "Données de navigation et d’utilisation de nos services",
        en: "Browsing and usage data",
        examples: [
            Localized(fr: "adresse IP", en: "IP address"),
            Localized(fr: "navigateur, système d’exploitation et type d’appareil", en: "browser, operating system and device type"),
            Localized(fr: "pages consultées et liens cliqués", en: "pages viewed and links clicked"),
            Localized(fr: "courriels de Leggett Immobilier ouverts", en: "Leggett Immobilier e-mails opened"),
            Localized(fr: "page de provenance, langue, pays et fuseau horaire", en: "referring page, language, country and time zone"),
        ])
    // "Social Networks and Third-Party Plug-ins", "Social Network and Third-Party Login".
    PersonalData(
        "social-profile", .socialProfile, fr: "Informations de vos comptes de réseaux sociaux",
        en: "Information from your social network accounts",
        examples: [
            Localized(fr: "nom, adresse électronique, genre, photo", en: "name, e-mail address, gender, photo"),
            Localized(fr: "localisation, ville, langues", en: "location, city, languages"),
            Localized(fr: "parcours scolaire et professionnel, centres d’intérêt", en: "education and work history, interests"),
            Localized(fr: "vos contacts sur ces services", en: "your contacts on those services"),
        ])
    PersonalData(
        "social-political-views", .socialProfile, fr: "Opinions politiques indiquées sur vos réseaux sociaux",
        en: "Political views shown on your social networks", special: .politicalOpinions)
    PersonalData(
        "social-religion", .socialProfile, fr: "Religion indiquée sur vos réseaux sociaux",
        en: "Religion shown on your social networks", special: .religiousOrPhilosophicalBeliefs)

    // "Data Collection".
    Source(
        "you", .dataSubject,
        fr: "Vous-même : création de compte, appels, courriels, visites de biens, participation à nos offres",
        en: "You: account creation, calls, e-mails, viewings, taking part in our offers",
        provides: ["name", "birth-date", "contact", "credentials", "demographic", "payment", "communication-preferences", "call-recordings"])
    Source(
        "online", .observed, fr: "Votre utilisation de nos sites, applications et courriels",
        en: "Your use of our sites, applications and e-mails", provides: ["browsing"])
    Source(
        "social-networks", .thirdParty,
        fr: "Réseaux sociaux et fournisseurs de modules tiers, y compris la connexion via un compte de réseau social",
        en: "Social networks and third-party plug-in providers, including logging in with a social network account",
        provides: ["social-profile", "social-political-views", "social-religion"])
    Missing("/sources/social-networks/publiclyAccessible", note: "The statement does not say whether these sources are public.")

    // "Use of data": requests, on legitimate interest as the statement says.
    ProcessingPurpose(
        "requests", basis: .legitimateInterests,
        fr: "Répondre à vos questions et à vos demandes (produit, service, rappel, documentation commerciale)",
        en: "Answering your questions and requests (a product, a service, a call-back, sales brochures)"
    ) {
        Uses("name", "contact")
        LegitimateInterest(
            fr: "Donner suite aux demandes que vous nous adressez.",
            en: "Following up the requests you send us.")
    }
    // "Use of data": account and fraud, on legal obligation as the statement says.
    ProcessingPurpose(
        "account-and-fraud", basis: .legalObligation,
        fr: "Créer et gérer votre compte, prévenir et détecter les transactions frauduleuses",
        en: "Creating and managing your account, preventing and detecting fraudulent transactions"
    ) {
        Uses("name", "contact", "credentials", "payment")
        Requirement(
            .statutory,
            consequences: Localized(
                fr: "Sans ces données, nous ne pouvons pas créer ni gérer votre compte.",
                en: "Without this data we cannot create or manage your account."))
    }
    ProcessingPurpose(
        "services", basis: .contract,
        fr: "Vous inscrire aux programmes et offres que vous demandez et traiter les paiements",
        en: "Enrolling you in the programmes and offers you request and processing payments"
    ) {
        Uses("name", "contact", "payment")
        Requirement(
            .contractPrerequisite,
            consequences: Localized(
                fr: "Sans ces données, nous ne pouvons pas vous fournir le service demandé.",
                en: "Without this data we cannot provide the service you request."))
    }
    // "Use of data", "Promotional Email Communications".
    ProcessingPurpose(
        "email-marketing", basis: .consent,
        fr: "Vous adresser par courriel ou par courrier nos alertes, lettres d’information, enquêtes et invitations",
        en: "Sending you our property alerts, newsletters, surveys and invitations by e-mail or post"
    ) {
        Uses("name", "contact", "communication-preferences")
        DirectMarketingBy(
            .email, .post,
            optOut: Localized(
                fr: "Vous pouvez cesser de recevoir nos courriels promotionnels en suivant les instructions de désinscription figurant dans chacun d’eux, et vous opposer à tout envoi en écrivant à cil@leggett.fr.",
                en: "You can stop receiving our promotional e-mails by following the opt-out instructions in each of them, and object to any mailing by writing to cil@leggett.fr."))
        WithdrawConsent(
            fr: "Vous pouvez retirer votre consentement à tout moment en écrivant à cil@leggett.fr ou en suivant les instructions de désinscription figurant dans chacun de nos courriels promotionnels.",
            en: "You may withdraw your consent at any time by writing to cil@leggett.fr or by following the opt-out instructions in each of our promotional e-mails.")
    }
    ProcessingPurpose(
        "tailored-marketing", basis: .consent,
        fr: "Personnaliser nos sites, nos publicités et nos offres selon vos centres d’intérêt",
        en: "Tailoring our websites, advertising and offers to your interests"
    ) {
        Uses("browsing", "demographic", "social-profile")
        WithdrawConsent(
            fr: "Vous pouvez retirer votre consentement à tout moment en écrivant à cil@leggett.fr ou en refusant les cookies dans votre navigateur.",
            en: "You may withdraw your consent at any time by writing to cil@leggett.fr or by refusing cookies in your browser.")
    }
    ProcessingPurpose(
        "social-features", basis: .consent,
        fr: "Permettre le partage sur les réseaux sociaux et la connexion avec un compte de réseau social",
        en: "Allowing social sharing and logging in with a social network account"
    ) {
        Uses("social-profile", "social-political-views", "social-religion", "browsing")
        WithdrawConsent(
            fr: "Vous pouvez retirer votre consentement à tout moment en écrivant à cil@leggett.fr.",
            en: "You may withdraw your consent at any time by writing to cil@leggett.fr.")
    }
    ProcessingPurpose(
        "analytics", basis: .legitimateInterests,
        fr: "Analyser l’utilisation de nos produits, services et actions marketing afin de les développer",
        en: "Analysing the use of our products, services and marketing to develop them"
    ) {
        Uses("browsing")
        LegitimateInterest(
            fr: "Améliorer nos services et développer de nouveaux produits.",
            en: "Improving our services and developing new products.")
    }
    // "By Third-Parties": sharing for business development, which the person can oppose.
    ProcessingPurpose(
        "business-development", basis: .legitimateInterests,
        fr: "Partager vos données avec nos partenaires et portails immobiliers pour développer notre portefeuille et notre visibilité",
        en: "Sharing your data with our partners and property portals to develop our portfolio and visibility"
    ) {
        Uses("name", "contact")
        LegitimateInterest(
            fr: "Développer notre activité d’agence immobilière.",
            en: "Developing our estate-agency business.")
    }
    // "Other": capital partners after consent.
    ProcessingPurpose(
        "capital-partners", basis: .consent,
        fr: "Transmettre vos données à nos partenaires financiers",
        en: "Passing your data to our capital partners"
    ) {
        Uses("name", "contact")
        WithdrawConsent(
            fr: "Vous pouvez retirer votre consentement à tout moment en écrivant à cil@leggett.fr.",
            en: "You may withdraw your consent at any time by writing to cil@leggett.fr.")
    }
    ProcessingPurpose(
        "legal-claims", basis: .legitimateInterests,
        fr: "Protéger et faire valoir les droits de Leggett Immobilier, notamment nos conditions générales",
        en: "Protecting and enforcing the rights of Leggett Immobilier, including our terms and conditions"
    ) {
        Uses("name", "contact")
        LegitimateInterest(
            fr: "Défendre nos droits et nos biens.",
            en: "Defending our rights and property.")
    }
    ProcessingPurpose(
        "legal-requirements", basis: .legalObligation,
        fr: "Communiquer des données lorsque la loi ou les autorités l’exigent et conserver les documents de notre profession",
        en: "Disclosing data when the law or the authorities require it, and keeping the records of our profession"
    ) {
        Uses("name", "contact")
        Requirement(
            .statutory,
            consequences: Localized(
                fr: "La communication de ces données, lorsque la loi l’impose, ne dépend pas de votre choix.",
                en: "Disclosure of this data, where the law requires it, does not depend on your choice."))
    }
    // Whether the person must provide the data: the statement never says, for any purpose. The two
    // purposes that call it required are declared missing.
    Missing(
        "/purposes/account-and-fraud/requirement",
        note: "The statement puts account management and fraud prevention under a legal obligation, but does not say whether the person must provide the data.")
    Missing(
        "/purposes/services/requirement",
        note: "The statement does not say whether the data is needed to enrol in programmes and offers or to pay.")
    Missing(
        "/purposes/legal-requirements/requirement",
        note: "The statement names a legal obligation and legal retention periods, but does not say whether the person must provide the data.")
    Missing(
        "/purposes/social-features/specialCategoryCondition",
        note: "Political views and religion may be received from social networks; no Art. 9(2) condition is given.")

    // "Third-party service providers", "Other".
    OtherRecipient(
        "partners-and-portals", name: Localized(fr: "Partenaires et portails immobiliers", en: "Partners and property portals"),
        role: .independentController, fr: "Diffusion de nos biens et développement de notre portefeuille",
        en: "Listing our properties and developing our portfolio"
    ) { Receives(purposes: ["business-development"], data: ["name", "contact"]) }
    Processor(
        "hosting-and-email", name: Localized(fr: "Hébergeurs et prestataires d’envoi", en: "Hosting and e-mail delivery providers"),
        fr: "Hébergement de nos sites et envoi de nos courriels", en: "Hosting our sites and delivering our e-mails"
    ) { Receives(purposes: ["email-marketing", "account-and-fraud", "services"], data: ["name", "contact", "credentials"]) }
    Processor(
        "accounting", name: Localized(fr: "Cabinet comptable", en: "Accounting firm"),
        fr: "Tenue de notre comptabilité", en: "Keeping our accounts"
    ) { Receives(purposes: ["services"], data: ["name", "payment"]) }
    Processor(
        "it-services", name: Localized(fr: "Prestataires informatiques", en: "IT service providers"),
        fr: "Services informatiques et maintenance de nos équipements", en: "IT services and maintenance of our devices"
    ) { Receives(purposes: ["account-and-fraud", "services"], data: ["name", "contact", "credentials"]) }
    Processor(
        "data-analysis", name: Localized(fr: "Prestataires d’analyse et d’études", en: "Analysis and research providers"),
        fr: "Analyse de nos données et études pour améliorer nos produits, services et sites",
        en: "Analysing our data and research to improve our products, services and sites"
    ) { Receives(purposes: ["analytics", "tailored-marketing"], data: ["browsing", "demographic"]) }
    OtherRecipient(
        "transaction-parties", name: Localized(fr: "Notaires, mairies et services d’urbanisme", en: "Notaries, town halls and planning departments"),
        role: .independentController, fr: "Formalisation des transactions immobilières", en: "Completing property transactions"
    ) { Receives(purposes: ["services", "legal-requirements"], data: ["name", "contact"]) }
    OtherRecipient(
        "capital-partners", name: Localized(fr: "Partenaires financiers", en: "Capital partners"),
        role: .independentController, fr: "Réception des données que nous leur transmettons",
        en: "Receiving the data we pass to them"
    ) { Receives(purposes: ["capital-partners"], data: ["name", "contact"]) }
    OtherRecipient(
        "authorities", name: Localized(fr: "Autorités publiques", en: "Public authorities"), role: .publicAuthority,
        fr: "Communication lorsque la loi l’exige", en: "Disclosure where the law requires it"
    ) { Receives(purposes: ["legal-requirements"], data: ["name", "contact"]) }
    // "Social Networks and Third-Party Plug-ins": the plug-in provider, Facebook given as the example.
    OtherRecipient(
        "facebook", name: Localized(name: "Facebook"), role: .independentController,
        fr: "Modules sociaux (bouton « J’aime ») et connexion avec Facebook",
        en: "Social plug-ins (“Like” button) and Facebook login"
    ) { Receives(purposes: ["social-features"], data: ["browsing", "social-profile"]) }
    Missing(
        "/recipients/capital-partners/service",
        note: "'Other' says data goes to capital partners after consent, not what they do with it.")
    Missing("/recipients/*/processingCountries", note: "No recipient's country is given.")
    // "Data Transfers": data may go to recipients in other countries with different data protection laws,
    // done as applicable law requires and protected as the statement says. A transfer needs a recipient,
    // a country and a mechanism, none of which is named: the whole is declared missing.
    Missing(
        "/transfers",
        note: "'Data Transfers' says data may go to recipients in countries other than the one of collection, which may lack equivalent data protection laws, 'in accordance with applicable law'; it names no recipient, country or safeguard.")

    // "Personal Information Retention Period".
    // The statement calls the 5 years "the legal data retention period" without citing a text; it cites
    // law no. 70-9 of 2 January 1970 for the 10 years. The law is named in the localized subject, so the
    // English text says what it is.
    KeepData(
        fr: "Données et documents relatifs à l’identité du client (durée légale de conservation)",
        en: "Data and documents on the customer's identity (statutory retention period)",
        purposes: ["legal-requirements"], data: ["name"], for: .years(5),
        from: Localized(fr: "la fin de la relation d’affaires", en: "the end of the business relationship"))
    KeepData(
        fr: "Registre des mandats, mandats et autres documents propres à notre profession, conservés en application de la loi n° 70-9 du 2 janvier 1970",
        en: "Register of mandates, mandates and other records specific to our profession, kept under French Law No. 70-9 of 2 January 1970",
        purposes: ["legal-requirements"], for: .years(10))
    KeepData(
        fr: "Autres données", en: "Other data",
        purposes: [
            "requests", "account-and-fraud", "services", "email-marketing", "tailored-marketing", "social-features",
            "analytics", "business-development", "capital-partners", "legal-claims",
        ],
        criteria: Localized(
            fr: "La durée nécessaire aux finalités décrites dans la présente politique, sauf durée plus longue imposée par la loi.",
            en: "The period needed for the purposes described in this notice, unless the law requires a longer one."))
    Missing("/retention/2/period", note: "No period is given beyond the two legal ones: only 'the period necessary'.")

    // "YOU AND YOUR PERSONAL INFORMATION": rights through cil@leggett.fr. The statement says nothing of
    // proof of identity: the model needs a value, and the identity check is declared missing. Not
    // representable here: "Consent / Complaints" sends claims to the same mailbox.
    RightsRequests(identityCheck: .onReasonableDoubt) {
        Email("cil@leggett.fr")
    }
    Missing("/rights/identityCheck", note: "The statement says nothing about proof of identity.")
    Missing("/rights/responseDelay", note: "'Access' promises 'an appropriate time frame'; the legal month applies.")

    // "Use of data", "Analyse our data, sometimes combined with data from other sources".
    AutomatedProcessing(
        .profiling, purposes: ["tailored-marketing"],
        logic: Localized(
            fr: "Vos pages consultées, liens cliqués, courriels ouverts et informations démographiques sont analysés, parfois avec des données d’autres sources, pour déduire vos centres d’intérêt.",
            en: "The pages you view, links you click, e-mails you open and demographic information are analysed, sometimes with data from other sources, to infer your interests."),
        significance: Localized(
            fr: "Cette analyse détermine les biens, offres et publicités qui vous sont présentés.",
            en: "This analysis decides which properties, offers and advertisements you are shown."),
        consequences: Localized(
            fr: "Les contenus et messages que vous recevez sont adaptés à ces centres d’intérêt.",
            en: "The content and messages you receive are tailored to those interests."))

    // "Cookies": the purposes the statement gives, without names, lifetimes or, for audience and
    // advertising cookies, who sets them. The plug-in row is named after the statement's example.
    Tracker(
        Localized(fr: "Cookies de connexion et de préférences", en: "Sign-in and preference cookies"),
        provider: "Leggett Immobilier", .strictlyNecessary,
        fr: "Vous reconnaître pour vous connecter et retenir vos préférences",
        en: "Recognising you to log you in and remembering your preferences", consentRequired: false)
    Tracker(
        Localized(fr: "Cookies de mesure d’audience", en: "Audience measurement cookies"),
        provider: nil, .audienceMeasurement,
        fr: "Évaluer l’utilisation de nos sites", en: "Assessing how our sites are used", consentRequired: true)
    Tracker(
        Localized(fr: "Cookies publicitaires", en: "Advertising cookies"),
        provider: nil, .advertising,
        fr: "Vous présenter des publicités et offres adaptées à vos centres d’intérêt",
        en: "Showing you advertisements and offers tailored to your interests", consentRequired: true)
    Tracker(
        "Facebook", provider: "Facebook", .social,
        fr: "Bouton « J’aime » et connexion avec Facebook ; cookies pouvant contenir un identifiant unique",
        en: "“Like” button and Facebook login; cookies that may contain a unique identifier", consentRequired: true)
    Missing("/cookies/*/lifetime", note: "The cookie section gives no cookie names or lifetimes.")
    Missing("/cookies/1/provider", note: "The cookie section does not say who sets the audience-measurement cookies.")
    Missing("/cookies/2/provider", note: "The cookie section does not say who sets the advertising cookies.")
    Missing(
        "/cookieConsent",
        note: "The statement relies on browser settings alone; no consent mechanism is described.")

    // "Information Security".
    SecurityMeasure(
        fr: "Procédures techniques, administratives et physiques contre la perte, l’usage abusif, l’altération ou la malveillance",
        en: "Technical, administrative and physical procedures against loss, misuse, alteration or malicious use")
    SecurityMeasure(
        fr: "Accès aux données limité aux personnes qui en ont besoin pour leur activité",
        en: "Access to data limited to those with a business need")
}
