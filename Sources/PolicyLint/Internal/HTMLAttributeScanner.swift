/// Reads attribute values from HTML start tags, robustly enough for checking published pages.
///
/// Skips comments, `<script>` and `<style>` content and doctype/processing instructions; accepts
/// double-quoted, single-quoted and unquoted values; decodes character references in values.
struct HTMLAttributeScanner {
    private let characters: [Character]

    init(_ html: String) { characters = Array(html) }

    /// The values of every attribute named `name` (case-insensitive), in document order.
    func values(of name: String) -> [String] {
        var values: [String] = []
        var i = 0
        let wanted = name.lowercased()
        while i < characters.count {
            guard characters[i] == "<" else { i += 1; continue }
            if starts(with: "<!--", at: i) {
                i = index(after: "-->", from: i + 4)
                continue
            }
            if i + 1 < characters.count, characters[i + 1] == "!" || characters[i + 1] == "?" || characters[i + 1] == "/" {
                i = index(after: ">", from: i + 1)
                continue
            }
            var j = i + 1
            var tagName = ""
            while j < characters.count, !characters[j].isWhitespace, characters[j] != ">", characters[j] != "/" {
                tagName.append(characters[j]); j += 1
            }
            guard !tagName.isEmpty, tagName.first?.isLetter == true else { i += 1; continue }
            // Attributes up to the end of the tag.
            while j < characters.count, characters[j] != ">" {
                if characters[j].isWhitespace || characters[j] == "/" { j += 1; continue }
                var attribute = ""
                while j < characters.count, !characters[j].isWhitespace, !"=>/".contains(characters[j]) {
                    attribute.append(characters[j]); j += 1
                }
                while j < characters.count, characters[j].isWhitespace { j += 1 }
                var value = ""
                if j < characters.count, characters[j] == "=" {
                    j += 1
                    while j < characters.count, characters[j].isWhitespace { j += 1 }
                    if j < characters.count, characters[j] == "\"" || characters[j] == "'" {
                        let quote = characters[j]
                        j += 1
                        while j < characters.count, characters[j] != quote { value.append(characters[j]); j += 1 }
                        j += 1
                    } else {
                        while j < characters.count, !characters[j].isWhitespace, characters[j] != ">" {
                            value.append(characters[j]); j += 1
                        }
                    }
                }
                if attribute.lowercased() == wanted { values.append(Self.decoded(value)) }
                if attribute.isEmpty { j += 1 }
            }
            let lower = tagName.lowercased()
            i = j + 1
            if lower == "script" || lower == "style" {
                i = index(after: "</\(lower)", from: i)
            }
        }
        return values
    }

    private func starts(with prefix: String, at i: Int) -> Bool {
        let p = Array(prefix)
        guard i + p.count <= characters.count else { return false }
        for k in 0..<p.count where characters[i + k].lowercased() != p[k].lowercased() { return false }
        return true
    }

    /// The index just past the next occurrence of `terminator`, or the end.
    private func index(after terminator: String, from start: Int) -> Int {
        var k = start
        while k < characters.count {
            if starts(with: terminator, at: k) { return k + terminator.count }
            k += 1
        }
        return characters.count
    }

    /// Decodes `&amp;`, `&quot;`, `&apos;`, `&#39;`, `&#x28;` and the like.
    static func decoded(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var result = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                result += "&"; rest = rest[rest.index(after: amp)...]; continue
            }
            let entity = rest[rest.index(after: amp)..<semi]
            let named: [Substring: String] = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "lpar": "(", "rpar": ")"]
            var replacement: String?
            if let text = named[entity] {
                replacement = text
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16) {
                replacement = Unicode.Scalar(code).map { String(Character($0)) }
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()) {
                replacement = Unicode.Scalar(code).map { String(Character($0)) }
            }
            result += replacement ?? String(rest[amp...semi])
            rest = rest[rest.index(after: semi)...]
        }
        return result + rest
    }
}
