/// Abbreviation lists that keep the sentence splitter from breaking after a full stop.
///
/// Two kinds: `nonFinal` abbreviations (titles, "No.", "Jl.") are always followed by more of the
/// same sentence, so a capital after them is no boundary; `finalCapable` ones ("etc.", "dll.")
/// may end a sentence, so they break before a capital and not before a lower-case word, like any
/// word. An abbreviation whose first letter is upper case matches case-sensitively ("No." is an
/// abbreviation in Indonesian, while Spanish "no." ends sentences); others match in any case.
public struct Abbreviations: Sendable, Hashable {
    /// Abbreviations that never end a sentence.
    public var nonFinal: Set<String>
    /// Abbreviations that may end a sentence (documented; they behave like ordinary words).
    public var finalCapable: Set<String>
    /// Lower-case entries, matched in any case ("Art." at a sentence start is still "art.").
    private var caseFreeNonFinal: Set<String>

    /// Creates a list; multi-word entries ("EE. UU.", "p. ej.") also protect their first word.
    public init(nonFinal: [String], finalCapable: [String] = []) {
        var expanded = Set<String>()
        for entry in nonFinal {
            expanded.insert(entry)
            // "EE. UU." -> "EE." too, "p. ej." -> "p." too: the first dot must not split either.
            let words = entry.split(separator: " ")
            if words.count > 1 { for word in words.dropLast() { expanded.insert(String(word)) } }
        }
        for entry in finalCapable {
            let words = entry.split(separator: " ")
            if words.count > 1 { for word in words.dropLast() { expanded.insert(String(word)) } }
        }
        self.nonFinal = expanded
        self.finalCapable = Set(finalCapable)
        self.caseFreeNonFinal = Set(expanded.filter { !($0.first?.isUppercase ?? false) }.map { $0.lowercased() })
    }

    /// True when `word` (ending in a full stop, as written) is a non-final abbreviation.
    public func isNonFinal(_ word: String) -> Bool {
        nonFinal.contains(word) || caseFreeNonFinal.contains(word.lowercased())
    }

    /// The lists for a language's primary subtag; unknown languages get the generic list.
    public static func forLanguage(_ base: String) -> Abbreviations {
        switch base {
        case "es": spanish
        case "id", "ms": indonesian
        case "vi": vietnamese
        default: generic
        }
    }

    /// Spanish.
    public static let spanish = Abbreviations(
        nonFinal: [
            "Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "Dres.", "Ud.", "Uds.", "Vd.", "Vds.", "D.", "Dña.",
            "Lic.", "Ing.", "Arq.", "Prof.", "Profa.", "Gral.", "Cnel.", "Tte.", "Cap.", "Sto.", "Sta.", "Mons.",
            "Excmo.", "Excma.", "Ilmo.", "Ilma.", "Mtro.", "Mtra.",
            "núm.", "nº.", "n.º", "art.", "arts.", "pág.", "págs.", "p.", "pp.", "p. ej.", "vol.", "cap.", "fig.",
            "tel.", "av.", "avda.", "aprox.", "admón.", "dpto.", "depto.", "ej.", "cf.", "vid.", "op. cit.",
        ],
        finalCapable: ["etc.", "EE. UU.", "S. A.", "S.A.", "Cía.", "cía.", "a. C.", "d. C."]
    )

    /// Indonesian (and Malay).
    public static let indonesian = Abbreviations(
        nonFinal: [
            "No.", "Thn.", "Th.", "Jl.", "Jln.", "Kec.", "Kab.", "Kel.", "Ds.", "Prov.", "Dr.", "Drs.", "Dra.", "Ir.",
            "H.", "Hj.", "PT.", "CV.", "Bpk.", "Bp.", "Sdr.", "Sdri.", "Yth.", "Prof.", "Jend.", "Letjen.",
            "Mayjen.", "Brigjen.", "Kol.", "Kapt.", "hlm.", "a.n.", "u.p.", "s.d.", "Tgl.", "tgl.",
        ],
        finalCapable: ["dll.", "dsb.", "tsb.", "dkk.", "S.H.", "M.H.", "M.Si.", "S.E.", "Tbk.", "WIB."]
    )

    /// Vietnamese: academic and professional titles before a name ("PGS.TS. Nguyễn Văn A",
    /// "ThS. Lê Thị B"), the city ("TP. Hồ Chí Minh") and the units of an address ("P. 5, Q. 1");
    /// "v.v." (etc.) may end a sentence.
    public static let vietnamese = Abbreviations(
        nonFinal: [
            "TP.", "Tp.", "GS.", "PGS.", "TS.", "ThS.", "PGS.TS.", "GS.TS.", "BS.", "KS.", "CN.", "NSND.", "NSƯT.",
            "Q.", "P.", "TX.", "TT.", "H.", "X.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.",
        ],
        finalCapable: ["v.v.", "vv."]
    )

    /// Everything else: common English, French, German and Portuguese titles and references.
    public static let generic = Abbreviations(
        nonFinal: [
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Mt.", "No.", "Nos.", "vs.", "e.g.", "i.e.", "cf.",
            "Fig.", "fig.", "Vol.", "vol.", "pp.", "p.", "Nr.", "nr.", "z.B.", "z. B.", "bzw.", "ca.", "vgl.",
            "S.", "Mme.", "Mlle.", "MM.", "env.", "Sr.", "Sra.", "Dra.", "Gen.", "Col.", "Lt.", "Sgt.", "Rev.",
            "Hon.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        ],
        finalCapable: ["etc.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "usw.", "U.S.", "U.K."]
    )
}
