import Foundation

/// Reads aligner weights from a JSON object (`--parameters`, for experiments and benchmarks):
/// fields it does not name keep their defaults. Every field must be one `AlignerParameters`
/// knows, a number inside its range (`AlignerParameters.ranges`); anything else is an error at
/// the field's line and column.
public struct AlignerParametersReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The weights in JSON held in memory (`path` names it in errors).
    public func read(data: Data, path: String) throws(SejajarError) -> AlignerParameters {
        let locator = JSONLocator(data)
        func fail(_ steps: [JSONLocator.Step], key: Bool = false, _ message: String) -> SejajarError {
            let position = locator.position(of: steps, key: key) ?? locator.position(of: 0)
            return .malformed(path: path, line: position.line, column: position.column, message: message)
        }
        if let offset = TextDecoder.firstInvalidUTF8Offset([UInt8](data)) {
            throw .invalidEncoding(path: path, byteOffset: offset, reason: "invalid UTF-8")
        }
        if let (position, message) = locator.syntaxError() {
            throw .malformed(path: path, line: position.line, column: position.column, message: "not valid JSON: \(message)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any] else {
            throw fail([], "expected a JSON object of aligner parameters ({\"skipCost\": 3.0, …})")
        }
        for key in object.keys.sorted() {
            if AlignerParameters.booleanFields.contains(key) {
                guard let raw = object[key], String(describing: type(of: raw)).contains("Boolean") else {
                    throw fail([.key(key)], "'\(key)' must be true or false")
                }
                continue
            }
            guard let (range, integer) = AlignerParameters.ranges[key] else {
                let known = (Array(AlignerParameters.ranges.keys) + AlignerParameters.booleanFields).sorted().joined(separator: ", ")
                throw fail([.key(key)], key: true, "unknown parameter '\(key)' (known: \(known))")
            }
            let raw = object[key]!
            // JSON true and false come back as a boolean NSNumber, which also casts to a number.
            guard let number = raw as? NSNumber, !String(describing: type(of: raw)).contains("Boolean") else {
                throw fail([.key(key)], "'\(key)' must be a number")
            }
            let value = number.doubleValue
            guard value.isFinite, range.contains(value), !integer || value == value.rounded() else {
                let bounds = integer ? "\(Int(range.lowerBound))…\(Int(range.upperBound))" : "\(range.lowerBound)…\(range.upperBound)"
                throw fail([.key(key)], "'\(key)' must be \(integer ? "a whole number" : "a number") in \(bounds), not \(number)")
            }
        }
        do {
            let defaults = try JSONSerialization.jsonObject(with: JSONEncoder().encode(AlignerParameters())) as? [String: Any] ?? [:]
            let merged = defaults.merging(object) { _, new in new }
            return try JSONDecoder().decode(AlignerParameters.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch {
            throw fail([], "not a JSON object of aligner parameters")
        }
    }
}
