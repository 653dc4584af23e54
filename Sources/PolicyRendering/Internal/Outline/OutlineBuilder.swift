import PolicyModel

/// Builds the outline of a statement in one language: every section in order, empty ones left out.
enum OutlineBuilder {
    /// The section builders, in the order of Arts. 13 and 14 and the EDPB layered approach.
    static var builders: [any SectionBuilder.Type] {
        [
        AtAGlanceSection.self, ControllerSection.self, DataProtectionOfficerSection.self, DataCollectedSection.self,
        PurposesSection.self, LegitimateInterestsSection.self, ProvisionRequirementSection.self,
        RecipientsSection.self, TransfersSection.self, RetentionSection.self, RightsSection.self,
        ObjectionSection.self, ConsentWithdrawalSection.self, ComplaintSection.self, CookiesSection.self,
        IndirectSourcesSection.self, AutomatedDecisionsSection.self, PostMortemDirectivesSection.self,
        SecuritySection.self, ChangesSection.self,
        ]
    }

    static func outline(_ policy: Policy, language: Language, templates: TemplateSet) -> Outline {
        var outline = untypesetOutline(policy, language: language, templates: templates)
        if language == .fr {
            var typesetter = FrenchTypography.Typesetter(known: templates.lexicon(for: language).typography)
            outline.typesetText { typesetter.typeset($0) }
        }
        return outline
    }

    /// The outline as the sections build it, before the language's typography.
    static func untypesetOutline(_ policy: Policy, language: Language, templates: TemplateSet) -> Outline {
        let c = Composer(policy: policy, language: language, templates: templates)
        let translations = policy.languages.sorted().filter { $0 != language && templates.strings[$0] != nil }
            .map { Outline.Translation(language: $0, name: templates.lexicon(for: $0)[.languageName]?.plain ?? $0.code) }
        return Outline(
            language: language,
            title: c.string(.pageTitle, ("controller", c.controllerName)),
            contentsLabel: c.string(.pageContents),
            lastUpdated: ChangesSection.lastUpdated(c),
            sections: builders.compactMap { $0.section(c) },
            translations: translations,
            translationsLabel: c.string(.pageTranslations),
            hasIndirectSources: policy.hasIndirectSources,
            effectiveDate: policy.effectiveDate)
    }
}
