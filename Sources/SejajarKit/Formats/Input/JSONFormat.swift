import Foundation

/// How Sejajar writes JSON, in one place: pretty-printed, keys sorted, slashes unescaped, a
/// final newline. The same value always gives the same bytes.
enum JSONFormat {
    /// The encoder every JSON writer uses; `explicitNulls` writes absent finding fields as null.
    static func encoder(explicitNulls: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if explicitNulls { encoder.userInfo[Finding.explicitNulls] = true }
        return encoder
    }

    /// `value` as JSON text with a final newline.
    static func text<T: Encodable>(_ value: T, explicitNulls: Bool = false) throws(SejajarError) -> String {
        do {
            return String(decoding: try encoder(explicitNulls: explicitNulls).encode(value), as: UTF8.self) + "\n"
        } catch {
            throw .io(path: "<json>", message: "cannot encode: \(error)")
        }
    }
}
