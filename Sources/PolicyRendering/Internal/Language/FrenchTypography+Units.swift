extension FrenchTypography {
    /// The characters the rules compare against, as units of the text being read.
    struct Units<Unit: TypographicUnit> {
        let apostrophe = Unit("'")
        let typographicApostrophe = Unit("’")
        let quote = Unit("\"")
        let openGuillemet = Unit("«")
        let closeGuillemet = Unit("»")
        let semicolon = Unit(";")
        let exclamation = Unit("!")
        let question = Unit("?")
        let colon = Unit(":")
        let slash = Unit("/")
        let at = Unit("@")
        let openParenthesis = Unit("(")
        let openBracket = Unit("[")
        let plainSpace = Unit(" ")
        let space = Unit(FrenchTypography.space)
        let narrowSpace = Unit(FrenchTypography.narrowSpace)
        let closeParenthesis = Unit(")")
        let period = Unit(".")
        let comma = Unit(",")
        let asterisk = Unit("*")
        let lowercaseW = Unit("w")
        let uppercaseW = Unit("W")
        let degree = Unit("°")
        let lowercaseN = Unit("n")
        let uppercaseN = Unit("N")
        let digits = (0...9).map { Unit(Unicode.Scalar(UInt8(0x30 + $0))) }

        /// Whether `unit` is an ASCII digit.
        func isDigit(_ unit: Unit) -> Bool {
            digits.contains(unit)
        }

        /// Whether `unit`, following `; : ! ?`, lets them end a word: one of `).,»!?"`.
        func endsWord(_ unit: Unit) -> Bool {
            unit == closeParenthesis || unit == period || unit == comma || unit == closeGuillemet
                || unit == exclamation || unit == question || unit == quote
        }

        /// Whether `unit`, besides letters and digits, takes a space before `; : ! ? »`: one of `)’»*`.
        func isSpacedAfter(_ unit: Unit) -> Bool {
            unit == closeParenthesis || unit == typographicApostrophe || unit == closeGuillemet || unit == asterisk
        }
    }
}
