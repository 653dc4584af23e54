import PolicyModel

/// The builders of each context. A declaration is accepted only in the context whose protocol it
/// conforms to, so a `ProcessingPurpose` inside a `DataController { }` block does not compile.
@resultBuilder
public enum PolicyBuilder {
    public static func buildExpression(_ content: some PolicyContent) -> [PolicyItem] { content.policyItems }
    public static func buildBlock(_ parts: [PolicyItem]...) -> [PolicyItem] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [PolicyItem]?) -> [PolicyItem] { part ?? [] }
    public static func buildEither(first part: [PolicyItem]) -> [PolicyItem] { part }
    public static func buildEither(second part: [PolicyItem]) -> [PolicyItem] { part }
    public static func buildArray(_ parts: [[PolicyItem]]) -> [PolicyItem] { parts.flatMap { $0 } }
}

@resultBuilder
public enum ContactBuilder {
    public static func buildExpression(_ content: some ContactContent) -> [ContactItem] { [content.contactItem] }
    public static func buildBlock(_ parts: [ContactItem]...) -> [ContactItem] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [ContactItem]?) -> [ContactItem] { part ?? [] }
    public static func buildEither(first part: [ContactItem]) -> [ContactItem] { part }
    public static func buildEither(second part: [ContactItem]) -> [ContactItem] { part }
    public static func buildArray(_ parts: [[ContactItem]]) -> [ContactItem] { parts.flatMap { $0 } }
}

@resultBuilder
public enum ControllerBuilder {
    public static func buildExpression(_ content: some ControllerContent) -> [ControllerItem] { content.controllerItems }
    public static func buildBlock(_ parts: [ControllerItem]...) -> [ControllerItem] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [ControllerItem]?) -> [ControllerItem] { part ?? [] }
    public static func buildArray(_ parts: [[ControllerItem]]) -> [ControllerItem] { parts.flatMap { $0 } }
}

@resultBuilder
public enum PurposeBuilder {
    public static func buildExpression(_ content: some PurposeContent) -> [PurposeItem] { [content.purposeItem] }
    public static func buildBlock(_ parts: [PurposeItem]...) -> [PurposeItem] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [PurposeItem]?) -> [PurposeItem] { part ?? [] }
    public static func buildArray(_ parts: [[PurposeItem]]) -> [PurposeItem] { parts.flatMap { $0 } }
}

@resultBuilder
public enum RecipientBuilder {
    public static func buildExpression(_ content: some RecipientContent) -> [RecipientItem] { [content.recipientItem] }
    public static func buildBlock(_ parts: [RecipientItem]...) -> [RecipientItem] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [RecipientItem]?) -> [RecipientItem] { part ?? [] }
    public static func buildArray(_ parts: [[RecipientItem]]) -> [RecipientItem] { parts.flatMap { $0 } }
}
