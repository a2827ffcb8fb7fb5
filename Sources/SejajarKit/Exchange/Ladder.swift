/// The Vecalign/Text+Berg bead format: one bead per line, `[i, j]:[k]` with 0-based sentence
/// indices, optionally followed by `:confidence`. Every peer aligner's scorer reads it.
public enum Ladder {
    /// One parsed bead: source and target index lists.
    public typealias Rung = (source: [Int], target: [Int])

    /// Writes an alignment's beads, with confidences, in reading order.
    public static func write(_ alignment: Alignment) -> String {
        var out = ""
        for bead in alignment.beads {
            out += "[\(bead.source.map(String.init).joined(separator: ", "))]:[\(bead.target.map(String.init).joined(separator: ", "))]:"
            out += formatConfidence(bead.confidence) + "\n"
        }
        return out
    }

    /// Reads a ladder (gold or test); a trailing `:score` is allowed and ignored.
    public static func parse(_ text: String, path: String) throws(SejajarError) -> [Rung] {
        var rungs: [Rung] = []
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
            if position < characters.count {
                guard characters[position] == ":", Double(String(characters[(position + 1)...])) != nil else {
                    throw fail("expected ':confidence' or the end of the line")
                }
            }
            rungs.append((source, target))
        }
        return rungs
    }

    /// Three decimals, fixed, so that output is byte-stable.
    static func formatConfidence(_ value: Double) -> String {
        let scaled = Int((min(max(value, 0), 1) * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

import Foundation
