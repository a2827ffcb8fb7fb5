import Foundation

/// Reads the Vecalign/Text+Berg bead format: one bead per line, `[i, j]:[k]` with 0-based
/// sentence indices, optionally followed by `:confidence`. Every peer aligner's scorer reads it,
/// and the gold sets are written in it.
public struct LadderReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The beads of the ladder in `data`, the bytes of the file at `path` (gold or test).
    public func read(data: Data, path: String) throws(SejajarError) -> [BeadIndices] {
        let text = try TextDecoder.decode([UInt8](data), path: path)
        var rungs: [BeadIndices] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let characters = Array(line)
            var position = 0
            func fail(_ message: String) -> SejajarError {
                .malformed(path: path, line: number + 1, column: position + 1, message: message)
            }
            func list() throws(SejajarError) -> [Int] {
                guard position < characters.count, characters[position] == "[" else { throw fail("expected '['") }
                position += 1
                var values: [Int] = []
                var digits = ""
                while position < characters.count, characters[position] != "]" {
                    let character = characters[position]
                    if character.isNumber && character.isASCII {
                        digits.append(character)
                    } else if character == "," {
                        guard let value = Int(digits) else { throw fail("expected a sentence index") }
                        values.append(value)
                        digits = ""
                    } else if character != " " {
                        throw fail("unexpected '\(character)' in an index list")
                    }
                    position += 1
                }
                guard position < characters.count else { throw fail("missing ']'") }
                if !digits.isEmpty {
                    guard let value = Int(digits) else { throw fail("expected a sentence index") }
                    values.append(value)
                } else if !values.isEmpty {
                    throw fail("expected a sentence index before ']'")
                }
                position += 1
                return values
            }
            let source = try list()
            guard position < characters.count, characters[position] == ":" else { throw fail("expected ':' between the two sides") }
            position += 1
            let target = try list()
            var confidence: Double?
            if position < characters.count {
                guard characters[position] == ":", let value = Double(String(characters[(position + 1)...])), value.isFinite,
                      (0...1).contains(value) else {
                    throw fail("expected ':confidence' (a number between 0 and 1) or the end of the line")
                }
                confidence = value
            }
            rungs.append(BeadIndices(source: source, target: target, confidence: confidence))
        }
        return rungs
    }
}
