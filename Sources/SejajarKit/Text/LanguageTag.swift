import Foundation

/// What is wrong with a language tag a user gave, and what they probably meant: `spa` is
/// Spanish but BCP 47 writes it `es`; `es_ES` is written `es-ES`; `iw` is the withdrawn code of
/// Hebrew (`he`); `xx` is no language at all. The tag names output files and goes into TMX and
/// XLIFF, where CAT tools match it, so only a tag a CAT tool can match passes.
public enum LanguageTag {
    /// A problem with a tag.
    public struct Problem: Sendable, Hashable, Error {
        /// Why the tag is refused.
        public var reason: String
        /// The tag the user probably meant, when there is one.
        public var suggestion: String?

        /// "'spa' is not written so in BCP 47: did you mean 'es'?"
        public var message: String { reason + (suggestion.map { ": did you mean '\($0)'?" } ?? "") }
    }

    /// Codes ISO 639 withdrew, and their successors.
    static let withdrawn = ["iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"]

    /// The problem with `tag`, or nil when it is a valid BCP 47 tag of a known language (and
    /// region, when it names one).
    public static func problem(_ tag: String) -> Problem? {
        let language = Language(tag)
        guard language.isWellFormed else {
            return Problem(reason: "'\(tag)' is not a language tag (BCP 47: es, id, pt-BR …)", suggestion: nil)
        }
        let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        let canonical = canonicalSubtags(subtags)
        let primary = subtags[0].lowercased()
        if let successor = withdrawn[primary] {
            return Problem(reason: "'\(primary)' is a withdrawn language code", suggestion: ([successor] + canonical.dropFirst()).joined(separator: "-"))
        }
        let code = Locale.LanguageCode(primary)
        if primary.count == 3, let short = code.identifier(.alpha2), short != primary {
            return Problem(reason: "'\(tag)' is not how BCP 47 writes it", suggestion: ([short] + canonical.dropFirst()).joined(separator: "-"))
        }
        if !(code.isISOLanguage || Locale.LanguageCode(primary).identifier(.alpha3) != nil) || primary.count > 3 {
            return Problem(reason: "'\(primary)' is not a language code (ISO 639: es, id, vi, en …)", suggestion: nil)
        }
        for subtag in subtags.dropFirst() where subtag.count == 2 && subtag.allSatisfy(\.isLetter) {
            if !Locale.Region(subtag.uppercased()).isISORegion {
                return Problem(reason: "'\(subtag)' in '\(tag)' is not a region code (ISO 3166: ES, ID, BR …)", suggestion: nil)
            }
        }
        if tag.contains("_") {
            return Problem(reason: "'\(tag)' is written with '_'", suggestion: canonical.joined(separator: "-"))
        }
        return nil
    }

    /// Subtags in the case BCP 47 writes them: language lower, script title, region upper.
    static func canonicalSubtags(_ subtags: [String]) -> [String] {
        subtags.enumerated().map { k, subtag in
            if k == 0 { return subtag.lowercased() }
            if subtag.count == 4, subtag.allSatisfy(\.isLetter) { return subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased() }
            if subtag.count == 2, subtag.allSatisfy(\.isLetter) { return subtag.uppercased() }
            return subtag.lowercased()
        }
    }
}
