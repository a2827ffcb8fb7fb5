import Foundation
import SejajarKit

/// An edit request as the page sends it: `{"revision": 4, "op": "merge", "bead": 2}`; `op` is
/// one of `AlignmentEdit`'s operations, or `undo` or `redo`.
struct ReviewRequest: Sendable {
    /// The revision the edit was made against.
    var revision: Int
    var command: Command

    enum Command: Sendable {
        case edit(AlignmentEdit)
        case undo, redo
    }

    private struct Head: Decodable {
        var revision: Int
        var op: String?
    }

    /// Reads a request body; anything else is a 400 with the decoder's reason.
    init(_ body: Data) throws(ReviewError) {
        try Self.checkNumbers(body, what: "the request is not an edit")
        let head: Head
        do {
            head = try JSONDecoder().decode(Head.self, from: body)
        } catch {
            throw .badRequest("the request is not an edit: \(Self.reason(error))")
        }
        revision = head.revision
        switch head.op {
        case "undo": command = .undo
        case "redo": command = .redo
        default:
            do {
                command = .edit(try JSONDecoder().decode(AlignmentEdit.self, from: body))
            } catch {
                throw .badRequest("the request is not an edit: \(Self.reason(error))")
            }
        }
    }

    /// The `revision` of a save request.
    static func revision(in body: Data) throws(ReviewError) -> Int {
        try checkNumbers(body, what: "a save names the revision it saves")
        do {
            return try JSONDecoder().decode(Head.self, from: body).revision
        } catch {
            throw .badRequest("a save names the revision it saves: \(reason(error))")
        }
    }

    /// The keys whose values are whole numbers (or, for `source` and `target`, lists of them).
    static let numbered = ["revision", "bead", "sentence", "source", "target"]

    /// Refuses what the decoder would call "not JSON" in a request that is JSON: a bead, a
    /// sentence or a revision that is not a whole number (`"bead": 1.5`) or is out of range.
    static func checkNumbers(_ body: Data, what: String) throws(ReviewError) {
        guard let object = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            throw .badRequest("\(what): not JSON")
        }
        guard let fields = object as? [String: Any] else { throw .badRequest("\(what): not a JSON object") }
        for key in numbered {
            guard let value = fields[key] else { continue }
            for item in (value as? [Any]) ?? [value] {
                guard let number = item as? NSNumber, !(item is String) else { continue }
                let double = number.doubleValue
                guard double.isFinite, double == double.rounded() else {
                    throw .badRequest("\(what): '\(key)' must be a whole number, not \(number)")
                }
                guard abs(double) < 1e15 else { throw .badRequest("\(what): '\(key)' is out of range (\(number))") }
            }
        }
    }

    /// A decoding error in one line: what was wrong and where.
    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "'\(key.stringValue)' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "not JSON" : "'\(path)': \(context.debugDescription)"
        default: return "\(error)"
        }
    }

    /// `value` as compact JSON (the answers the server sends).
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
