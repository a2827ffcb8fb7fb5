import CStemmer

// The one file that speaks libstemmer's C API.

/// A Snowball stemmer for one language (Spanish, Indonesian, English, German, French … whatever
/// libstemmer knows), so that "comités" meets "comité" and "mengimplementasikan" meets
/// "implementasi". Owns the C stemmer; not thread-safe, so each task makes its own.
final class Stemmer {
    private let stemmer: OpaquePointer?
    /// The Snowball algorithm name, or nil when the language has none (words then pass unchanged).
    let algorithm: String?

    /// Snowball algorithm names by primary language subtag.
    static let algorithms: [String: String] = [
        "es": "spanish", "id": "indonesian", "ms": "indonesian", "en": "english", "de": "german", "fr": "french",
        "it": "italian", "pt": "portuguese", "nl": "dutch", "ru": "russian", "sv": "swedish", "da": "danish",
        "no": "norwegian", "nb": "norwegian", "fi": "finnish", "hu": "hungarian", "ro": "romanian", "tr": "turkish",
        "ca": "catalan", "eu": "basque", "el": "greek", "lt": "lithuanian", "ga": "irish", "hi": "hindi",
        "ne": "nepali", "sr": "serbian", "ta": "tamil", "ar": "arabic", "hy": "armenian", "yi": "yiddish",
    ]

    /// A stemmer for `language` (its primary subtag picks the algorithm).
    init(language: Language) {
        let name = Self.algorithms[language.base]
        let made = name.flatMap { sb_stemmer_new($0, "UTF_8") }
        stemmer = made
        algorithm = made == nil ? nil : name
    }

    deinit {
        if let stemmer { sb_stemmer_delete(stemmer) }
    }

    /// The stem of a lower-cased word.
    func stem(_ word: String) -> String {
        guard let stemmer else { return word }
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty else { return word }
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
