import Foundation

/// How the words of one language are folded before terms are matched: always to lower case, and
/// then as much as the language allows. Dropping accents lets "comision" find "comisión", but in
/// a tone language written with diacritics a mark makes another word: Vietnamese "quận"
/// (district), "quan" (official) and "quán" (shop); "làng" (village) and "lắng" (to settle).
/// Each language's rule comes from a table; a language not in it keeps the rule Spanish and
/// Indonesian were built on (marks dropped, "ñ" kept: "campaña" is not "campana").
public struct LanguageFolding: Sendable, Hashable {
    /// What folding keeps.
    public enum Rule: Sendable, Hashable {
        /// Every mark and letter: only case is folded (Unicode composed form).
        case keepMarks
        /// Marks are dropped except on these letters (lower case, composed), kept as they are.
        case dropMarks(keeping: Set<Unicode.Scalar>)
    }

    /// The rule of this language.
    public let rule: Rule
    /// Whether capital I is dotless ı in lower case and İ is i, as in Turkish and Azerbaijani,
    /// where "Işık" (light) is not "işik".
    public let dotlessI: Bool

    /// Languages whose diacritics mark tones or distinct vowels, so that no mark may go:
    /// Vietnamese, Yoruba, Igbo, Ewe, Lingala.
    static let toneLanguages: Set<String> = ["vi", "yo", "ig", "ee", "ln"]

    /// Letters that are letters of their own, not accented forms, by language.
    static let ownLetters: [String: Set<Unicode.Scalar>] = [
        "tr": ["ç", "ğ", "ı", "ö", "ş", "ü"],
        "az": ["ç", "ə", "ğ", "ı", "ö", "ş", "ü"],
    ]

    /// The rule for `language`.
    public init(_ language: Language) {
        let base = language.base
        dotlessI = base == "tr" || base == "az"
        if Self.toneLanguages.contains(base) {
            rule = .keepMarks
        } else {
            rule = .dropMarks(keeping: Self.ownLetters[base] ?? ["ñ"])
        }
    }

    /// `word` folded by this language's rule.
    public func fold(_ word: String) -> String {
        let word = dotlessI ? word.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "İ", with: "i").replacingOccurrences(of: "I", with: "ı") : word
        switch rule {
        case .keepMarks:
            return word.lowercased().precomposedStringWithCanonicalMapping
        case .dropMarks(let kept) where kept == ["ñ"]:
            return Inflection.fold(word)
        case .dropMarks(let kept):
            let lower = word.lowercased().precomposedStringWithCanonicalMapping
            guard lower.unicodeScalars.contains(where: kept.contains) else { return Tokenizer.fold(lower) }
            var folded = "", run = String.UnicodeScalarView()
            for scalar in lower.unicodeScalars {
                if kept.contains(scalar) {
                    folded += Tokenizer.fold(String(run)) + String(scalar)
                    run = String.UnicodeScalarView()
                } else {
                    run.append(scalar)
                }
            }
            return folded + Tokenizer.fold(String(run))
        }
    }
}
