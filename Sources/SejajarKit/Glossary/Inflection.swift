/// Tells an inflected form of a term's word from a mere relative that shares its Snowball stem.
///
/// Stemmers conflate derivations ("comuna", "común", "comunicación"; "ejecutar", "ejecutivo"),
/// which makes a glossary check cry wolf on ordinary text. For suffixing languages a stem match
/// must also look like inflection: a noun or adjective may add a plural ending or swap its final
/// vowel for gender ("ministro", "ministras"); a verb may take any ending except a derivational
/// one that makes it a noun, adjective or adverb. The rules are deliberately language-neutral
/// across Romance and Germanic suffixes; Indonesian and Malay are affixing and left to their stemmer.
enum Inflection {
    /// Languages whose morphology is prefixes and suffixes around a root, matched by stem alone.
    static let affixingLanguages: Set<String> = ["id", "ms"]

    static let pluralEndings = ["", "s", "es", "e", "en", "n", "er", "ern", "x"]
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    /// Endings that turn a verb into another part of speech (Spanish, Portuguese, Italian, French,
    /// English), compared on folded words: "ejecutivo", "directamente", "trabajador", "aceptable",
    /// "implementación", "implementation".
    static let derivationalEndings = [
        "ivo", "iva", "ivos", "ivas", "mente", "dor", "dora", "dores", "doras", "ble", "bles", "ista", "istas",
        "tivo", "tiva", "ment", "ive", "ly", "able", "ible", "er", "ers", "or", "ors",
        // Nominalisations: "implementación" is the noun concept, not the verb "implementar".
        "cion", "ciones", "sion", "siones", "miento", "mientos", "tion", "tions", "sao", "coes",
    ]

    /// Lower-case and diacritic folding that keeps "ñ" ("campaña" is not "campana").
    static func fold(_ word: String) -> String {
        // Scalars, not Foundation's string search: this runs for every word of every text.
        guard word.unicodeScalars.contains(where: { $0 == "ñ" || $0 == "Ñ" }) else { return Tokenizer.fold(word) }
        return word.lowercased().split(separator: "ñ", omittingEmptySubsequences: false)
            .map { Tokenizer.fold(String($0)) }.joined(separator: "ñ")
    }

    /// True when `word` is the noun or adjective `term` with a number or gender ending.
    static func isNounForm(_ word: String, of term: String) -> Bool {
        if word == term { return true }
        if word.hasPrefix(term), pluralEndings.contains(String(word.dropFirst(term.count))) { return true }
        guard let last = term.last else { return false }
        let stem = term.dropLast()
        if vowels.contains(last), word.hasPrefix(stem) {
            let rest = word.dropFirst(stem.count)
            if let vowel = rest.first, vowels.contains(vowel), ["", "s"].contains(String(rest.dropFirst())) { return true }
        }
        // Consonant-final masculine, feminine in -a: "primer"/"primera", "director"/"directoras".
        if !vowels.contains(last), ["a", "as"].contains(String(word.dropFirst(term.count))), word.hasPrefix(term) { return true }
        if last == "z", word == stem + "ces" { return true }
        if last == "y", word == stem + "ies" { return true }
        return false
    }

    /// The number and gender forms `isNounForm` accepts, spelled out (for stemming them).
    static func nounForms(_ term: String) -> [String] {
        guard let last = term.last else { return [] }
        var forms = pluralEndings.dropFirst().map { term + $0 }
        if vowels.contains(last) {
            for vowel in vowels where vowel != last { forms += [String(term.dropLast()) + String(vowel), String(term.dropLast()) + String(vowel) + "s"] }
        } else {
            forms += [term + "a", term + "as"]
        }
        return forms
    }

    /// True when `word` is a form of the verb `term` (they already share a stem): any ending but a
    /// derivational one.
    static func isVerbForm(_ word: String, of term: String) -> Bool {
        word == term || !derivationalEndings.contains { word.hasSuffix($0) && !term.hasSuffix($0) }
    }

    /// Clitics an Indonesian or Malay word may carry without changing what it names: possessives
    /// and particles ("kebijakannya", "rakyatlah").
    static let clitics = ["", "nya", "ku", "mu", "lah", "kah", "pun"]

    /// True when `word` (sharing a stem with `term` in an affixing language) is a form of it, not
    /// a derivation the stemmer conflates: a noun takes only clitics and reduplication
    /// ("pengaduan-pengaduan"), so "bekerja" (to work) is not "pekerja" (worker) nor "pedesaan"
    /// (rural) "desa" (commune); a verb may take any verbal affix but not a nominalising one
    /// ("pelaksanaan", "kepemimpinan" are nouns).
    static func isAffixedForm(_ word: String, of term: String, verbal: Bool) -> Bool {
        if word == term { return true }
        if let dash = word.firstIndex(of: "-"), word[..<dash] == word[word.index(after: dash)...] {
            return isAffixedForm(String(word[..<dash]), of: term, verbal: verbal)
        }
        if word.hasPrefix(term), clitics.contains(String(word.dropFirst(term.count))) { return true }
        guard verbal else { return false }
        let nominal = { (w: String) in (w.hasPrefix("pe") || w.hasPrefix("ke")) || (w.hasSuffix("an") && !w.hasSuffix("kan")) }
        return !nominal(word) || nominal(term)
    }
}
