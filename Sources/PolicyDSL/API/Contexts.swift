import PolicyModel

/// A declaration allowed at the top level of a `PrivacyPolicy { }`.
public protocol PolicyContent {
    var policyItems: [PolicyItem] { get }
}

/// A declaration allowed inside `DataController { }`.
public protocol ControllerContent {
    var controllerItems: [ControllerItem] { get }
}

/// A contact channel, allowed wherever a way to reach someone is asked for.
public protocol ContactContent {
    var contactItem: ContactItem { get }
}

/// A declaration allowed inside `ProcessingPurpose { }`.
public protocol PurposeContent {
    var purposeItem: PurposeItem { get }
}

/// A declaration allowed inside a recipient's block.
public protocol RecipientContent {
    var recipientItem: RecipientItem { get }
}
