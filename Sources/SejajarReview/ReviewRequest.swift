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
        do {
            return try JSONDecoder().decode(Head.self, from: body).revision
        } catch {
            throw .badRequest("a save names the revision it saves: \(reason(error))")
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
