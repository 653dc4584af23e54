import PolicyCatalogue
import PolicyDSL
import PolicyModel

// Carmen Immobilier (PLUS IMMOBILIER SARL): from its statement "Privacy Policy – Personal data protection",
// last updated 20 April 2018. Each declaration names the section of that statement it comes from
// ("§1.4"); "intro" is the unnumbered text before §1.1, "cookies" the unnumbered cookie section.
// Facts the statement does not give are declared `Missing`, never filled in.
// Legal bases: the statement names one only for mailings (consent, §1.2 d); the others are the
// qualification of each purpose as §1.2 and the cookie section describe it, to be confirmed by the controller.

let carmenImmobilier = PrivacyPolicy("carmen-immobilier", version: "2018-04-20", effective: "2018-04-20") {
    // §1.1, intro (websites). The statement speaks as "Carmen Immobilier" (website editor, staff) and
    // "Groupe CARMEN IMMOBILIER" (copyright line), but never says that PLUS IMMOBILIER trades under that
    // name: no trade name is declared.
    DataController("PLUS IMMOBILIER", establishedIn: "FR") {
        LegalForm("SARL")
        Website("https://www.carmen-immobilier.com")
        Website("https://www.carmen-entreprises.com")
        Website("https://www.kotepalais.com")
        Address("ZA de Puttilenea", country: "FR")
        // §1.5 (rights paragraph): the contact form on the website.
        ContactForm("https://www.carmen-immobilier.com")
    }
    Missing("/controller/address", note: "§1.1 gives only 'ZA de Puttilenea': no postal code, no town.")
    Missing("/controller/registration", note: "No company register entry is given.")
    Missing(
        "/controller/tradeNames",
        note: "The statement calls itself Carmen Immobilier and Groupe CARMEN IMMOBILIER, but does not say how PLUS IMMOBILIER SARL relates to that name.")
    Missing("/controller/contact", note: "§1.1 prints 'Phone : +33-' with no number; only the contact form is given.")
    Missing("/dpo", note: "No DPO is named; §1.5 mentions a 'Data protection controller' reached at the §1.1 address.")

    // Last update line.
    PublishedVersion(
        "2018-04-20", date: "2018-04-20",
        fr: "Version publiée sur les sites de Carmen Immobilier.",
        en: "Version published on the Carmen Immobilier websites.")

    // Intro: the data requested in the forms.
    PersonalData("identity", .identity, fr: "Nom et prénom", en: "First and last name")
    PersonalData("email", .contact, fr: "Adresse électronique", en: "E-mail address")
    PersonalData("phone", .contact, fr: "Numéro de téléphone", en: "Telephone number")
    PersonalData(
        "request", .correspondence, fr: "Objet et contenu de votre demande", en: "Subject and content of your request",
        examples: [
            Localized(fr: "message", en: "message"),
            Localized(fr: "commune du bien", en: "town where the property is located"),
            Localized(fr: "type de bien", en: "property type"),
            Localized(fr: "nombre de pièces", en: "number of rooms"),
        ])
    PersonalData(
        "account", .credentials, fr: "Identifiants de votre espace personnel", en: "Your personal account credentials")
    PersonalData(
        "preferences", .preferences, fr: "Recherches, biens favoris et alertes enregistrés",
        en: "Saved searches, favourite properties and alerts")
    // Intro: activity on the websites ("geolocation, device type, browser type and version, pages visited,
    // page response time, length of visits, page interaction information").
    PersonalData(
        "browsing", .browsing, fr: "Données de navigation sur nos sites", en: "Browsing data on our websites",
        examples: [
            Localized(fr: "géolocalisation", en: "geolocation"),
            Localized(fr: "type d’appareil", en: "device type"),
            Localized(fr: "type et version du navigateur", en: "browser type and version"),
            Localized(fr: "pages consultées et durée des visites", en: "pages visited and length of visits"),
        ])
    // Intro: "phone number used to call us".
    PersonalData("caller-number", .contact, fr: "Numéro depuis lequel vous nous appelez", en: "The number you call us from")

    // Intro ("Visiting our websites doesn't need giving any personal informations"; forms, account), §1.4.
    Source(
        "you", .dataSubject, fr: "Vous-même, lorsque vous remplissez nos formulaires, créez un espace personnel ou nous appelez",
        en: "You, when you fill in our forms, create a personal account or call us",
        provides: ["identity", "email", "phone", "request", "account", "preferences", "caller-number"])
    Source(
        "website-visits", .observed, fr: "Votre navigation sur nos sites", en: "Your use of our websites",
        provides: ["browsing"])
    // §1.4: "we collect information from other real estate websites", naming no data.
    Source(
        "real-estate-websites", .thirdParty, fr: "D’autres sites internet immobiliers",
        en: "Other real-estate websites", provides: [])
    Missing(
        "/sources/real-estate-websites/publiclyAccessible",
        note: "§1.4 names the source but not whether it is publicly accessible.")
    Missing(
        "/sources/real-estate-websites/dataCategories",
        note: "§1.4 names the source but not which data comes from it.")

    // §1.2 a) and b); intro (list of services that need the data).
    ProcessingPurpose(
        "requests", basis: .contract,
        fr: "Répondre à vos demandes de contact, d’information et d’estimation, et vous fournir les services demandés",
        en: "Answering your contact, information and valuation requests, and providing the services you ask for"
    ) {
        Uses("identity", "email", "phone", "request", "caller-number")
        Requirement(
            .contractPrerequisite,
            consequences: Localized(
                fr: "Sans ces données, nous ne pouvons pas répondre à votre demande.",
                en: "Without this data we cannot answer your request."))
    }
    // Intro: account, notifications, saved searches.
    ProcessingPurpose(
        "account", basis: .contract,
        fr: "Gérer votre espace personnel : biens favoris, recherches enregistrées et alertes",
        en: "Managing your personal account: favourite properties, saved searches and alerts"
    ) {
        Uses("identity", "email", "account", "preferences")
        Requirement(
            .contractPrerequisite,
            consequences: Localized(
                fr: "Sans ces données, vous ne pouvez pas créer d’espace personnel.",
                en: "Without this data you cannot create a personal account."))
    }
    // §1.4: applicants' data in the customer tracking system.
    ProcessingPurpose(
        "customer-follow-up", basis: .contract,
        fr: "Suivre les projets de location et d’achat de nos clients dans notre outil de gestion de la relation client",
        en: "Following our customers' rental and purchase projects in our customer relationship management system"
    ) {
        Uses("identity", "email", "phone", "request")
        Requirement(
            .contractPrerequisite,
            consequences: Localized(
                fr: "Sans ces données, nous ne pouvons pas suivre votre projet.",
                en: "Without this data we cannot follow your project."))
    }
    // §1.2 c); cookies: audience measurement and advertising cookies need prior consent.
    ProcessingPurpose(
        "audience-measurement", basis: .consent,
        fr: "Mesurer l’audience de nos sites et l’efficacité de nos publicités afin de les améliorer",
        en: "Measuring the audience of our websites and the effectiveness of our advertising to improve them"
    ) {
        Uses("browsing")
        WithdrawConsent(
            fr: "Vous pouvez retirer votre consentement à tout moment en bloquant les cookies dans votre navigateur ou en nous écrivant via le formulaire de contact.",
            en: "You may withdraw your consent at any time by blocking cookies in your browser or by writing to us through the contact form.")
    }
    // §1.2 d): mailings with consent; §1.4 (withdrawal "at any time").
    ProcessingPurpose(
        "newsletters", basis: .consent,
        fr: "Vous adresser nos offres et informations sur nos autres biens et services",
        en: "Sending you our offers and information about our other properties and services"
    ) {
        Uses("identity", "email")
        DirectMarketingBy(
            .email,
            optOut: Localized(
                fr: "Vous pouvez vous désabonner à tout moment via le formulaire de contact du site.",
                en: "You may unsubscribe at any time through the contact form on the website."))
        WithdrawConsent(
            fr: "Vous pouvez retirer votre consentement à tout moment via le formulaire de contact du site.",
            en: "You may withdraw your consent at any time through the contact form on the website.")
    }
    // Cookies: social network sharing cookies need prior consent.
    ProcessingPurpose(
        "social-sharing", basis: .consent,
        fr: "Vous permettre de partager nos annonces sur les réseaux sociaux",
        en: "Letting you share our listings on social networks"
    ) {
        Uses("browsing")
        WithdrawConsent(
            fr: "Vous pouvez retirer votre consentement à tout moment en nous écrivant via le formulaire de contact ou en bloquant les cookies dans votre navigateur.",
            en: "You may withdraw your consent at any time by writing to us through the contact form or by blocking cookies in your browser.")
    }
    // §1.5: disclosure to comply with a legal obligation. The data is the data of the other purposes,
    // which the intro says no one is required to provide: voluntary, the default.
    ProcessingPurpose(
        "legal-obligations", basis: .legalObligation,
        fr: "Répondre aux obligations légales qui s’imposent à nous, notamment aux demandes des autorités",
        en: "Meeting the legal obligations that apply to us, including requests from the authorities"
    ) {
        Uses("identity", "email", "phone", "request")
    }

    // §1.3: authorised staff only.
    OtherRecipient(
        "staff", name: Localized(fr: "Personnel habilité de Carmen Immobilier", en: "Authorised Carmen Immobilier staff"),
        role: .internalDepartment, fr: "Traitement de vos demandes", en: "Handling your requests"
    ) {
        Receives(
            purposes: ["requests", "account", "customer-follow-up", "newsletters"],
            data: ["identity", "email", "phone", "request", "account", "preferences", "caller-number"])
    }
    // §2.4: Google Analytics.
    Processor(Processors.googleAnalytics) {
        Receives(purposes: ["audience-measurement"], data: ["browsing"])
    }
    Missing(
        "/recipients/google-analytics/processingCountries",
        note: "§2.4 names Google Analytics but not where it processes the data; the tool may belong to a non-European firm.")
    Missing(
        "/recipients/google-analytics/transfer",
        note: "§2.4 says tools may belong to non-European firms and are 'secured', but names no transfer instrument for Google LLC (US).")
    // §2.4: "AC3 – Immofacile (CRM hosted in France)", named as the statement names it.
    Processor(Processors.immofacile, name: Localized(name: "AC3 – Immofacile")) {
        ProcessesIn("FR")
        Receives(purposes: ["customer-follow-up"], data: ["identity", "email", "phone", "request"])
    }
    // §2.4: "Dialog Insight (Data marketing platform hosted in Germany)".
    Processor(Processors.dialogInsight) {
        ProcessesIn("DE")
        Receives(purposes: ["newsletters"], data: ["identity", "email"])
    }
    // Cookies: "Social network sharing cookies are issued and managed by the publisher of the social network",
    // with the two networks' cookie policies.
    OtherRecipient(
        "facebook", name: Localized(name: "Facebook"), role: .independentController,
        fr: "Cookies de partage déposés et gérés par le réseau social", en: "Sharing cookies set and managed by the social network",
        privacyNotice: "https://www.facebook.com/policies/cookies/"
    ) { Receives(purposes: ["social-sharing"], data: ["browsing"]) }
    OtherRecipient(
        "twitter", name: Localized(name: "Twitter"), role: .independentController,
        fr: "Cookies de partage déposés et gérés par le réseau social", en: "Sharing cookies set and managed by the social network",
        privacyNotice: "https://help.twitter.com/en/rules-and-policies/twitter-cookies"
    ) { Receives(purposes: ["social-sharing"], data: ["browsing"]) }
    Missing("/recipients/facebook/processingCountries", note: "The statement does not say where Facebook processes the data.")
    Missing("/recipients/twitter/processingCountries", note: "The statement does not say where Twitter processes the data.")
    // §1.5: disclosure to comply with a legal obligation.
    OtherRecipient(
        "authorities", name: Localized(fr: "Autorités publiques", en: "Public authorities"), role: .publicAuthority,
        fr: "Communication lorsque la loi l’exige", en: "Disclosure where the law requires it"
    ) {
        Receives(purposes: ["legal-obligations"], data: ["identity", "email", "phone", "request"])
    }

    // §1.4: retention. The 3 months cover only the e-mail messages sent from the request forms, not the
    // rest of a request's data: the rule names the data, not the purpose.
    KeepData(
        fr: "Messages électroniques envoyés via les formulaires de demande",
        en: "E-mail messages sent through the request forms",
        data: ["request"], for: .months(3),
        from: Localized(fr: "la réception du message", en: "receipt of the message"))
    KeepData(
        fr: "Données des candidats à la location ou à l’achat sans suite",
        en: "Data of rental or purchase applicants whose request lapses",
        purposes: ["customer-follow-up"],
        criteria: Localized(
            fr: "Supprimées lorsque la demande n’est pas renouvelée, sous réserve des durées imposées par la loi.",
            en: "Deleted when the request is not renewed, subject to the periods the law imposes."))
    // The 5 years are those of the CRM (AC3 – Immofacile); mailings go through Dialog Insight (§2.4).
    KeepData(
        fr: "Données de nos clients dans notre outil de gestion de la relation client",
        en: "Our customers' data in our customer relationship management system",
        purposes: ["customer-follow-up"], for: .years(5),
        from: Localized(fr: "votre dernière activité", en: "your last activity"))
    Missing(
        "/purposes/requests/retention",
        note: "§1.4 gives 3 months for the e-mail messages sent from request forms only, and no period for the rest of a request's data.")
    Missing(
        "/purposes/newsletters/retention",
        note: "§1.4 gives no period for mailing data: the 5 years are those of the CRM, and mailings go through Dialog Insight.")
    Missing("/purposes/account/retention", note: "§1.4 gives no period for personal accounts.")
    Missing("/purposes/audience-measurement/retention", note: "§1.4 gives no period for audience-measurement data.")
    Missing("/purposes/social-sharing/retention", note: "§1.4 gives no period for sharing cookies.")
    Missing("/purposes/legal-obligations/retention", note: "§1.4 gives no period for data kept to meet legal obligations.")

    // §1.5 (rights paragraph), §2.1, §2.3. §2.1 asks for proof of identity (an ID scan or a signed
    // photocopy, under the internal security policy) for access requests only; the model knows only
    // "every request" and "on reasonable doubt", and either would misstate it, so the check is declared
    // missing (the value below is never shown). Not representable here: the heirs' right to update or
    // erase a deceased person's data (§2.2) and declining manifestly unreasonable requests (§2.1).
    RightsRequests(identityCheck: .everyRequest, responseDelay: .workingDays(15)) {
        ContactForm("https://www.carmen-immobilier.com")
    }
    Missing(
        "/rights/identityCheck",
        note: "§2.1 asks for proof of identity for access requests only, by an ID scan or a photocopy bearing the person's signature, under the internal security policy; the model can say only 'every request' or 'on reasonable doubt'.")

    // Cookie section: categories only; the statement names no cookie and gives no lifetime.
    Tracker(
        Localized(fr: "Cookies de session et d’authentification", en: "Session and authentication cookies"),
        provider: "Carmen Immobilier", .strictlyNecessary,
        fr: "Identifiant de session, authentification et personnalisation de l’interface (retrouver une recherche d’une page à l’autre)",
        en: "Session identifier, authentication and interface customisation (keeping a search from page to page)",
        consentRequired: false)
    Tracker(
        "Google Analytics", provider: "Google", .audienceMeasurement,
        fr: "Mesure de la fréquentation et des performances du site", en: "Measuring visits and website performance",
        consentRequired: true)
    // The cookie section does not say who sets the advertising cookies.
    Tracker(
        Localized(fr: "Cookies publicitaires", en: "Advertising cookies"),
        provider: nil, .advertising,
        fr: "Suivi des performances de nos campagnes publicitaires vers nos sites",
        en: "Tracking the performance of our advertising campaigns towards our websites",
        consentRequired: true)
    Tracker(
        "Facebook", provider: "Facebook", .social,
        fr: "Partage d’annonces sur Facebook ; cookie déposé et géré par le réseau social",
        en: "Sharing listings on Facebook; cookie set and managed by the social network",
        consentRequired: true)
    Tracker(
        "Twitter", provider: "Twitter", .social,
        fr: "Partage d’annonces sur Twitter ; cookie déposé et géré par le réseau social",
        en: "Sharing listings on Twitter; cookie set and managed by the social network",
        consentRequired: true)
    Missing("/cookies/*/lifetime", note: "The cookie section gives no cookie names or lifetimes.")
    Missing("/cookies/2/provider", note: "The cookie section does not say who sets the advertising cookies.")
    Missing(
        "/automatedDecisions",
        note: "Advertising cookies track campaign performance, and Dialog Insight is a data-marketing platform (§2.4); the statement describes no profiling logic, significance or consequences.")
    Missing(
        "/cookieConsent",
        note: "§4.1 treats continued browsing as consent, which is not valid consent; no lawful mechanism is described.")

    // §1.5: security.
    SecurityMeasure(
        fr: "Chiffrement des échanges avec nos sites (HTTPS)", en: "Encrypted connections to our websites (HTTPS)")
    SecurityMeasure(
        fr: "Politique de sécurité interne : hébergement, supervision, VPN, pare-feu et habilitations individuelles",
        en: "Internal security policy: hosting, monitoring, VPN, firewall and individual access rights")
}
