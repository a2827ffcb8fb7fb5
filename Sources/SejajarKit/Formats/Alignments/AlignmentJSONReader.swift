import Foundation

/// Reads the saved-alignment format (`AlignmentJSONWriter`): documents, beads with their
/// confidences, roles and locks. Everything is checked before it is used, and every error names
/// the line and column in the JSON: bead indices must be consecutive sentences of the document
/// and a sentence may belong to one bead only; paragraphs must tile the sentences; confidences
/// and the score lie in [0, 1]; roles and language tags are ones Sejajar knows.
public struct AlignmentJSONReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits
    /// Whether locked beads that overlap or cross are an error located at the bead: what
    /// re-aligning around them (`Aligner.realign`) needs.
    public var checksLockedBeads: Bool

    /// Creates a reader.
    public init(limits: Limits = Limits(), checksLockedBeads: Bool = false) {
        self.limits = limits
        self.checksLockedBeads = checksLockedBeads
    }

    /// The saved alignment in `data`, the bytes of the file at `path`: of two texts, or of three
    /// (`PivotJSONWriter`'s `"format": "sejajar-pivot"`: original–first, original–second,
    /// first–second).
    public func read(data: Data, path: String) throws(SejajarError) -> SavedAlignment {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], object["format"] as? String == "sejajar-pivot" {
            guard let inner = object["alignments"] as? [Any], inner.count == 3,
                  let parts = try? inner.map({ try JSONSerialization.data(withJSONObject: $0) }) else {
                throw .malformed(path: path, line: 1, column: 1, message: "a sejajar-pivot file holds three alignments")
            }
            return SavedAlignment(path: path, alignments: try parts.map { (part: Data) throws(SejajarError) -> Alignment in try alignment(data: part, path: path) })
        }
        return SavedAlignment(path: path, alignments: [try alignment(data: data, path: path)])
    }

    /// One saved alignment from its bytes.
    private func alignment(data: Data, path: String) throws(SejajarError) -> Alignment {
        let locator = JSONLocator(data)
        if let offset = TextDecoder.firstInvalidUTF8Offset([UInt8](data)) {
            throw .invalidEncoding(path: path, byteOffset: offset, reason: "invalid UTF-8")
        }
        if let (position, message) = locator.syntaxError() {
            throw .malformed(path: path, line: position.line, column: position.column, message: "not valid JSON: \(message)")
        }
        let file: AlignmentJSONFile
        do {
            file = try JSONDecoder().decode(AlignmentJSONFile.self, from: data)
        } catch let error as DecodingError {
            let (codingPath, message) = Self.describe(error)
            let position = locator.position(of: JSONLocator.steps(codingPath)) ?? locator.position(of: 0)
            throw .malformed(path: path, line: position.line, column: position.column, message: "not a Sejajar alignment: \(message)")
        } catch {
            throw .malformed(path: path, line: 1, column: 1, message: "not a Sejajar alignment")
        }
        let alignment = try Check(file: file, path: path, locator: locator).alignment()
        if checksLockedBeads, let (k, other) = Aligner.crossingLockedBeads(alignment) {
            let position = locator.position(of: [.key("beads"), .index(k)]) ?? locator.position(of: 0)
            throw .malformed(path: path, line: position.line, column: position.column,
                             message: "locked bead \(k) overlaps or crosses locked bead \(other): no reading order can hold both")
        }
        return alignment
    }

    /// The message of a decoding error and the path it is at.
    static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .keyNotFound(let key, let context):
            (context.codingPath, "missing key '\(key.stringValue)' at \(pathString(context.codingPath))")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            (context.codingPath, "wrong value at \(pathString(context.codingPath)): \(context.debugDescription)")
        case .dataCorrupted(let context):
            (context.codingPath, context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(pathString(context.codingPath)): \(context.debugDescription)")
        @unknown default:
            ([], "unreadable")
        }
    }

    static func pathString(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "top level" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    /// The checks of one decoded file, each failure located in the JSON text.
    private struct Check {
        let file: AlignmentJSONFile
        let path: String
        let locator: JSONLocator

        /// Sentence positions and lines beyond this are nonsense (no file has a billion lines).
        static let largestPosition = 1_000_000_000

        /// `[line, column, (offset, line, column)…]`: 1-based (a first column of 0 is unknown), within bounds, offsets rising and
        /// inside the sentence.
        static func isPosition(_ position: [Int], length: Int) -> Bool {
            // A column of 0 is "unknown": what a file saved without positions says once written again.
            guard position.count >= 2, (position.count - 2) % 3 == 0, position[0] >= 1, position[1] >= 0 else { return false }
            guard position.allSatisfy({ (0...largestPosition).contains($0) }) else { return false }
            var previous = -1
            for k in stride(from: 2, to: position.count, by: 3) {
                let offset = position[k]
                guard offset <= length, offset > previous, position[k + 1] >= 1 else { return false }
                previous = offset
            }
            return true
        }

        func fail(_ steps: [JSONLocator.Step], _ message: String) -> SejajarError {
            let position = locator.position(of: steps) ?? locator.position(of: 0)
            return .malformed(path: path, line: position.line, column: position.column, message: message)
        }

        func alignment() throws(SejajarError) -> Alignment {
            for (key, side) in [("source", file.source), ("target", file.target)] where !side.language.isWellFormed {
                throw fail([.key(key), .key("language")], "'\(side.language.tag)' is not a language tag (BCP 47: es, id, pt-BR …)")
            }
            guard file.score.isFinite, (0...1).contains(file.score) else {
                throw fail([.key("score")], "the score must lie between 0 and 1")
            }
            var beads: [Bead] = []
            var sourceRoles: [Int: Role] = [:], targetRoles: [Int: Role] = [:]
            for (b, record) in file.beads.enumerated() {
                let at: [JSONLocator.Step] = [.key("beads"), .index(b)]
                guard record.confidence.isFinite, (0...1).contains(record.confidence) else {
                    throw fail(at + [.key("confidence")], "bead \(b): the confidence must lie between 0 and 1")
                }
                let role: Role
                switch record.role {
                case "content":
                    role = .content
                case "boilerplate":
                    guard let kind = record.kind, kind.isBoilerplate else {
                        throw fail(at + [.key("kind")], "bead \(b): a boilerplate bead needs a 'kind' (sourceLine, commentCounter, placeholder, byline, pageFurniture)")
                    }
                    role = kind
                default:
                    throw fail(at + [.key("role")], "bead \(b): role must be 'content' or 'boilerplate', not '\(record.role)'")
                }
                func range(_ indices: [Int], count: Int, side: String) throws(SejajarError) -> Range<Int>? {
                    guard let first = indices.first else { return nil }
                    // Checked one by one against the document first, so no arithmetic can overflow.
                    for (k, index) in indices.enumerated() where index < 0 || index >= count || (k > 0 && index != indices[k - 1] + 1) {
                        throw fail(at + [.key(side), .index(k)],
                                   "bead \(b): \(side) indices \(indices) are not consecutive sentences of the document (0–\(count - 1))")
                    }
                    return first..<(first + indices.count)
                }
                let source = try range(record.source, count: file.source.sentences.count, side: "source")
                let target = try range(record.target, count: file.target.sentences.count, side: "target")
                for s in source ?? 0..<0 where sourceRoles.updateValue(role, forKey: s) != nil {
                    throw fail(at + [.key("source")], "bead \(b): source sentence \(s) is already in another bead")
                }
                for t in target ?? 0..<0 where targetRoles.updateValue(role, forKey: t) != nil {
                    throw fail(at + [.key("target")], "bead \(b): target sentence \(t) is already in another bead")
                }
                for (key, value, count) in [("sourceAt", record.sourceAt, file.source.sentences.count), ("targetAt", record.targetAt, file.target.sentences.count)] {
                    if let value, !(0...count).contains(value) { throw fail(at + [.key(key)], "bead \(b): \(key) must lie between 0 and \(count)") }
                }
                if record.moved == true, source == nil || target == nil {
                    throw fail(at + [.key("moved")], "bead \(b): a moved bead pairs sentences on both sides")
                }
                beads.append(Bead(source: source ?? 0..<0, target: target ?? 0..<0, confidence: record.confidence, role: role,
                                  locked: record.locked ?? false, moved: record.moved ?? false))
            }
            // Empty sides sit where the file says, or else after the previous bead's sentences.
            for (k, record) in file.beads.enumerated() {
                if beads[k].source.isEmpty, let at = record.sourceAt { beads[k].source = at..<at }
                if beads[k].target.isEmpty, let at = record.targetAt { beads[k].target = at..<at }
            }
            for k in beads.indices where file.beads[k].sourceAt == nil && file.beads[k].targetAt == nil {
                if beads[k].source.isEmpty {
                    let at = beads[..<k].last(where: { !$0.source.isEmpty })?.source.upperBound ?? 0
                    beads[k].source = at..<at
                }
                if beads[k].target.isEmpty {
                    let at = beads[..<k].last(where: { !$0.target.isEmpty })?.target.upperBound ?? 0
                    beads[k].target = at..<at
                }
            }
            return Alignment(source: try document(file.source, key: "source", roleOf: sourceRoles),
                             target: try document(file.target, key: "target", roleOf: targetRoles),
                             beads: beads, verdict: file.verdict, score: file.score)
        }

        func document(_ side: AlignmentJSONFile.Side, key: String, roleOf: [Int: Role]) throws(SejajarError) -> Document {
            var sentences = side.sentences.enumerated().map { Sentence(text: $1, paragraph: $0, role: roleOf[$0] ?? .content, line: $0 + 1) }
            var paragraphs: [Paragraph] = []
            if let records = side.paragraphs {
                var expectedStart = 0
                for (p, record) in records.enumerated() {
                    // Paragraphs tile the sentences: each starts where the previous one ended.
                    guard record.sentences.count == 2, record.sentences[0] == expectedStart, record.sentences[0] <= record.sentences[1],
                          record.sentences[1] <= sentences.count, p < records.count - 1 || record.sentences[1] == sentences.count else {
                        throw fail([.key(key), .key("paragraphs"), .index(p)],
                                   "paragraph \(p) of \(side.path) has a bad sentence range (paragraphs must cover the sentences in order)")
                    }
                    guard (1...Self.largestPosition).contains(record.line) else {
                        throw fail([.key(key), .key("paragraphs"), .index(p), .key("line")], "paragraph \(p): line must be a positive line number")
                    }
                    expectedStart = record.sentences[1]
                    let range = record.sentences[0]..<record.sentences[1]
                    for s in range {
                        sentences[s].paragraph = p
                        sentences[s].role = record.role
                        sentences[s].line = record.line
                    }
                    paragraphs.append(Paragraph(sentences: range, role: record.role, line: record.line))
                }
                if records.isEmpty && !sentences.isEmpty {
                    throw fail([.key(key), .key("paragraphs")], "the paragraphs of \(side.path) cover none of its sentences")
                }
            } else {
                paragraphs = sentences.indices.map { Paragraph(sentences: $0..<($0 + 1), role: sentences[$0].role, line: $0 + 1) }
            }
            if let positions = side.positions {
                guard positions.count == sentences.count else {
                    throw fail([.key(key), .key("positions")], "positions of \(side.path) must hold one entry per sentence (\(sentences.count))")
                }
                for (s, position) in positions.enumerated() {
                    guard Self.isPosition(position, length: sentences[s].text.count) else {
                        throw fail([.key(key), .key("positions"), .index(s)],
                                   "sentence \(s): a position is [line, column, (offset, line, column)…], 1-based, offsets rising within the sentence")
                    }
                    sentences[s].line = position[0]
                    sentences[s].column = position[1]
                    sentences[s].breaks = stride(from: 2, to: position.count, by: 3).map {
                        Sentence.Break(offset: position[$0], line: position[$0 + 1], column: position[$0 + 2])
                    }
                }
            } else {
                // Written without positions: the line is the paragraph's, the column unknown.
                for s in sentences.indices { sentences[s].column = 0 }
            }
            for (k, record) in (side.codes ?? []).enumerated() {
                guard sentences.indices.contains(record.sentence), record.start >= 0, record.start <= record.end,
                      record.end <= sentences[record.sentence].text.count, !record.kind.isPlaceholder || record.start == record.end else {
                    throw fail([.key(key), .key("codes"), .index(k)],
                               "code \(k): its sentence must exist and 0 ≤ start ≤ end ≤ the sentence's length (a mark has start = end)")
                }
                sentences[record.sentence].codes.append(InlineCode(kind: record.kind, start: record.start, end: record.end, value: record.value))
            }
            return Document(path: side.path, language: side.language, paragraphs: paragraphs, sentences: sentences)
        }
    }
}
