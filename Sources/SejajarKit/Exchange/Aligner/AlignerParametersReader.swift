import Foundation

/// Reads aligner weights from a JSON object (`--parameters`, for experiments and benchmarks):
/// fields it does not name keep their defaults.
public struct AlignerParametersReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The weights in the file at `path`.
    public func read(path: String) throws(SejajarError) -> AlignerParameters {
        let text = try TextDecoder.read(path: path)
        do {
            let overrides = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
            let defaults = try JSONSerialization.jsonObject(with: JSONEncoder().encode(AlignerParameters())) as? [String: Any] ?? [:]
            let merged = defaults.merging(overrides) { _, new in new }
            return try JSONDecoder().decode(AlignerParameters.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch {
            throw .malformed(path: path, line: 1, column: 1, message: "not a JSON object of aligner parameters: \(error)")
        }
    }
}
