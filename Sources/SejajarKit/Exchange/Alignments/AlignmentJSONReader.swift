import Foundation

/// Reads the saved-alignment format (`AlignmentJSONWriter`): documents, beads with their
/// confidences, roles and locks. Bead indices are checked against the sentence lists, paragraphs
/// must tile the sentences, and a sentence may belong to one bead only.
public struct AlignmentJSONReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the saved alignment at `path`.
    public func read(path: String) throws(SejajarError) -> Alignment {
        try read(data: try FileInput.data(path: path), path: path)
    }

    /// Reads a saved alignment from its bytes (`path` names it in errors).
    public func read(data: Data, path: String) throws(SejajarError) -> Alignment {
        let file: AlignmentJSONFile
        do {
            file = try JSONDecoder().decode(AlignmentJSONFile.self, from: data)
        } catch let error as DecodingError {
            throw .malformed(path: path, line: 1, column: 1, message: "not a Sejajar alignment: \(Self.describe(error))")
        } catch {
            throw .malformed(path: path, line: 1, column: 1, message: "not valid JSON")
        }
        func document(_ side: AlignmentJSONFile.Side, roleOf: [Int: Role]) throws(SejajarError) -> Document {
            var sentences = side.sentences.enumerated().map { Sentence(text: $1, paragraph: $0, role: roleOf[$0] ?? .content, line: $0 + 1) }
            var paragraphs: [Paragraph] = []
            if let records = side.paragraphs {
                for (p, record) in records.enumerated() {
                    // Paragraphs tile the sentences: each starts where the previous one ended.
                    let expectedStart = p == 0 ? 0 : records[p - 1].sentences.last ?? -1
                    guard record.sentences.count == 2, record.sentences[0] == expectedStart, record.sentences[0] <= record.sentences[1],
                          record.sentences[1] <= sentences.count, p < records.count - 1 || record.sentences[1] == sentences.count else {
                        throw .malformed(path: path, line: 1, column: 1, message: "paragraph \(p) of \(side.path) has a bad sentence range (paragraphs must cover the sentences in order)")
                    }
                    let range = record.sentences[0]..<record.sentences[1]
                    for s in range {
                        sentences[s].paragraph = p
                        sentences[s].role = record.role
                        sentences[s].line = record.line
                    }
                    paragraphs.append(Paragraph(sentences: range, role: record.role, line: record.line))
                }
            } else {
                paragraphs = sentences.indices.map { Paragraph(sentences: $0..<($0 + 1), role: sentences[$0].role, line: $0 + 1) }
            }
            if let positions = side.positions {
                guard positions.count == sentences.count,
                      positions.allSatisfy({ $0.count >= 2 && ($0.count - 2) % 3 == 0 && $0[0] >= 1 && $0[1] >= 1 }) else {
                    throw .malformed(path: path, line: 1, column: 1, message:
                        "positions of \(side.path) must be one [line, column, (offset, line, column)…] list (1-based) per sentence")
                }
                for (s, position) in positions.enumerated() {
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
            return Document(path: side.path, language: side.language, paragraphs: paragraphs, sentences: sentences)
        }
        var beads: [Bead] = []
        var sourceRoles: [Int: Role] = [:], targetRoles: [Int: Role] = [:]
        for (b, record) in file.beads.enumerated() {
            func range(_ indices: [Int], count: Int, side: String) throws(SejajarError) -> Range<Int>? {
                guard let first = indices.first else { return nil }
                guard indices == Array(first..<(first + indices.count)), first >= 0, first + indices.count <= count else {
                    throw .malformed(path: path, line: 1, column: 1,
                                     message: "bead \(b): \(side) indices \(indices) are not consecutive sentences of the document")
                }
                return first..<(first + indices.count)
            }
            let role: Role = record.role == "content" ? .content : (record.kind ?? .placeholder)
            let source = try range(record.source, count: file.source.sentences.count, side: "source")
            let target = try range(record.target, count: file.target.sentences.count, side: "target")
            for s in source ?? 0..<0 {
                guard sourceRoles.updateValue(role, forKey: s) == nil else {
                    throw .malformed(path: path, line: 1, column: 1, message: "bead \(b): source sentence \(s) is already in another bead")
                }
            }
            for t in target ?? 0..<0 {
                guard targetRoles.updateValue(role, forKey: t) == nil else {
                    throw .malformed(path: path, line: 1, column: 1, message: "bead \(b): target sentence \(t) is already in another bead")
                }
            }
            beads.append(Bead(source: source ?? 0..<0, target: target ?? 0..<0, confidence: record.confidence, role: role,
                              locked: record.locked ?? false))
        }
        // Empty sides sit where the file says, or else after the previous bead's sentences.
        for (k, record) in file.beads.enumerated() {
            if beads[k].source.isEmpty, let at = record.sourceAt, (0...file.source.sentences.count).contains(at) {
                beads[k].source = at..<at
                continue
            }
            if beads[k].target.isEmpty, let at = record.targetAt, (0...file.target.sentences.count).contains(at) {
                beads[k].target = at..<at
            }
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
        return Alignment(source: try document(file.source, roleOf: sourceRoles), target: try document(file.target, roleOf: targetRoles),
                         beads: beads, verdict: file.verdict, score: file.score)
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            "missing key '\(key.stringValue)' at \(Self.pathString(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "wrong value at \(Self.pathString(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(Self.pathString(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            "unreadable"
        }
    }

    static func pathString(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "top level" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
