import PolicyModel

/// A transfer to a third country and the instrument it relies on (Chapter V; Art. 13(1)(f)).
public struct ThirdCountryTransfer: PolicyContent {
    let item: PolicyItem

    public init(
        of recipient: RecipientID, to country: CountryCode, importer: String? = nil, under mechanism: TransferMechanism,
        reference: String? = nil, copy: Localized? = nil, certificationCheckedOn: String? = nil,
        derogation: Derogation? = nil,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column
    ) {
        let site = DeclarationSite(fileID, line, column)
        var checked: CalendarDate?
        if let certificationCheckedOn {
            guard let date = CalendarDate(iso: certificationCheckedOn) else {
                item = .problem("'\(certificationCheckedOn)' is not a date (\(CalendarDate.accepted))", site)
                return
            }
            checked = date
        }
        item = .transfer(
            Transfer(
                recipient: recipient, importer: importer, country: country, mechanism: mechanism, reference: reference,
                copy: copy, certificationCheckedOn: checked, derogation: derogation),
            site)
    }

    public var policyItems: [PolicyItem] { [item] }
}
