import PolicyModel

/// The statement in one language, built once from the model and the templates, before any format.
///
/// Every language's outline has the same sections, in the same order, with the same anchors and
/// the same shape of blocks: only the text differs.
struct Outline: Hashable, Sendable {
    var language: Language
    var title: String
    /// The label of the table of contents.
    var contentsLabel: String
    /// "Last updated: 20 April 2018", shown under the title.
    var lastUpdated: [Inline]
    var sections: [OutlineSection]
    /// The other languages, with each one's name in itself: `[(en, "English")]`.
    var translations: [Translation]
    /// The label of the language switch ("This statement in other languages").
    var translationsLabel: String
    /// Whether Art. 14 applies, so disclosure markers carry their twins.
    var hasIndirectSources: Bool
    var effectiveDate: CalendarDate

    struct Translation: Hashable, Sendable {
        var language: Language
        var name: String
    }
}
