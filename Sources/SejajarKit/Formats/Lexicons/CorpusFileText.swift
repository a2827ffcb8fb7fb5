import Foundation

/// The text of the corpus files (`CorpusStatisticsWriter`, `CorpusModelWriter`): tab-separated
/// lines of decimal numbers and escaped words, built and read as bytes because a shard's
/// statistics run to hundreds of megabytes.
enum CorpusFileText {
    /// Bytes of a file being written.
    struct Builder {
        private(set) var bytes: [UInt8] = []

        /// Appends `text` as it is.
        mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

        /// Appends a whole number in decimal.
        mutating func append(_ number: Int) {
            if number < 0 { bytes.append(UInt8(ascii: "-")); append(-number); return }
            if number < 10 { bytes.append(UInt8(ascii: "0") + UInt8(number)); return }
            var digits: [UInt8] = []
            var rest = number
            while rest > 0 { digits.append(UInt8(ascii: "0") + UInt8(rest % 10)); rest /= 10 }
            bytes.append(contentsOf: digits.reversed())
        }

        /// Appends ids separated by spaces.
        mutating func append(ids: [Int32]) {
            for (k, id) in ids.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: " ")) }
                append(Int(id))
            }
        }

        /// Appends a word with backslash, tab, line feed and carriage return escaped.
        mutating func append(word: String) {
            for byte in word.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                default: bytes.append(byte)
                }
            }
        }

        /// Appends the flags of a word: `n` number, `m` mark, `c` capitalised, `-` none.
        mutating func append(flagsOf word: CorpusWord) {
            var any = false
            if word.isNumber { bytes.append(UInt8(ascii: "n")); any = true }
            if word.isMark { bytes.append(UInt8(ascii: "m")); any = true }
            if word.isCapitalised { bytes.append(UInt8(ascii: "c")); any = true }
            if !any { bytes.append(UInt8(ascii: "-")) }
        }

        mutating func tab() { bytes.append(UInt8(ascii: "\t")) }
        mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

        /// The text (every piece appended is UTF-8).
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Reads a file line by line, field by field, with errors naming the line and column.
    struct Scanner {
        let bytes: [UInt8]
        let path: String
        private var next = 0
        /// The current line's number (1-based) and its fields' byte ranges.
        private(set) var line = 0
        private(set) var fields: [Range<Int>] = []

        init(data: Data, path: String) {
            bytes = [UInt8](data)
            self.path = path
        }

        /// Moves to the next line; false at the end of the file.
        mutating func advance() -> Bool {
            guard next < bytes.count else { return false }
            line += 1
            fields.removeAll(keepingCapacity: true)
            var start = next, k = next
            while k < bytes.count, bytes[k] != UInt8(ascii: "\n") {
                if bytes[k] == UInt8(ascii: "\t") { fields.append(start..<k); start = k + 1 }
                k += 1
            }
            fields.append(start..<k)
            next = k + 1
            return true
        }

        /// Reads the first line, `sejajar corpus KIND 1`: anything else is not such a file (named
        /// with the command that writes one) or a version this reader does not know.
        mutating func header(_ kind: String, name: String, writtenBy command: String) throws(SejajarError) {
            let prefix = "sejajar corpus \(kind) "
            guard advance(), fields.count == 1, key.hasPrefix(prefix) else {
                throw .malformed(path: path, line: 1, column: 1, message: "not a Sejajar \(name) (written by '\(command)')")
            }
            guard key == prefix + "1" else {
                throw error("version \(key.dropFirst(prefix.count)) of the \(kind == "model" ? "corpus model" : kind) format; this sejajar reads version 1")
            }
        }

        /// An error at field `k` of the current line.
        func error(_ message: String, field k: Int = 0) -> SejajarError {
            let lineStart = fields.first?.lowerBound ?? 0
            let column = k < fields.count ? fields[k].lowerBound - lineStart + 1 : 1
            return .malformed(path: path, line: max(1, line), column: column, message: message)
        }

        /// The current line's first field as text.
        var key: String { fields.isEmpty ? "" : String(decoding: bytes[fields[0]], as: UTF8.self) }

        /// Requires the current line to be `key` with `count` fields in all.
        func expect(_ key: String, fields count: Int) throws(SejajarError) {
            guard self.key == key else { throw error("expected a '\(key)' line") }
            guard fields.count == count else { throw error("a '\(key)' line has \(count) tab-separated fields, not \(fields.count)") }
        }

        /// Moves to the next line, which must be `key` with `count` fields.
        mutating func read(_ key: String, fields count: Int) throws(SejajarError) {
            guard advance() else { throw SejajarError.malformed(path: path, line: line + 1, column: 1, message: "the file ends before its '\(key)' line: it was cut short") }
            try expect(key, fields: count)
        }

        /// Field `k` as a whole number in `range`.
        func number(_ k: Int, in range: ClosedRange<Int> = 0...Int(Int32.max)) throws(SejajarError) -> Int {
            let field = fields[k]
            var value = 0
            guard !field.isEmpty, field.count <= 18 else { throw error("expected a whole number", field: k) }
            for index in field {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw error("expected a whole number", field: k) }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            guard range.contains(value) else { throw error("\(value) is out of range (\(range.lowerBound)…\(range.upperBound))", field: k) }
            return value
        }

        /// Field `k` as space-separated ids below `bound`, ascending.
        func ids(_ k: Int, below bound: Int) throws(SejajarError) -> [Int32] {
            var result: [Int32] = []
            var value = -1
            for index in fields[k] {
                let byte = bytes[index]
                if byte == UInt8(ascii: " ") {
                    guard value >= 0 else { throw error("expected ids separated by single spaces", field: k) }
                    result.append(Int32(value))
                    value = -1
                    continue
                }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw error("expected ids separated by single spaces", field: k) }
                value = max(0, value) * 10 + Int(byte - UInt8(ascii: "0"))
                guard value < bound else { throw error("id \(value) is beyond the \(bound) words of the vocabulary", field: k) }
            }
            if value >= 0 { result.append(Int32(value)) } else if !fields[k].isEmpty { throw error("expected ids separated by single spaces", field: k) }
            for j in result.indices.dropFirst() where result[j - 1] >= result[j] { throw error("ids must ascend, each once", field: k) }
            return result
        }

        /// Field `k` as an escaped word (`Builder.append(word:)`).
        func word(_ k: Int) throws(SejajarError) -> String {
            var raw: [UInt8] = []
            var escaped = false
            for index in fields[k] {
                let byte = bytes[index]
                if escaped {
                    switch byte {
                    case UInt8(ascii: "\\"): raw.append(byte)
                    case UInt8(ascii: "t"): raw.append(UInt8(ascii: "\t"))
                    case UInt8(ascii: "n"): raw.append(UInt8(ascii: "\n"))
                    case UInt8(ascii: "r"): raw.append(UInt8(ascii: "\r"))
                    default: throw error("unknown escape '\\\(Character(Unicode.Scalar(byte)))'", field: k)
                    }
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else {
                    raw.append(byte)
                }
            }
            guard !escaped, !raw.isEmpty else { throw error("expected a word", field: k) }
            guard let text = String(validating: raw, as: UTF8.self) else { throw error("the word is not UTF-8", field: k) }
            return text
        }

        /// Field `k` as word flags (`Builder.append(flagsOf:)`).
        func flags(_ k: Int) throws(SejajarError) -> (number: Bool, mark: Bool, capitalised: Bool) {
            let text = String(decoding: bytes[fields[k]], as: UTF8.self)
            guard text == "-" || (!text.isEmpty && text.allSatisfy({ "nmc".contains($0) })) else { throw error("expected word flags ('n', 'm', 'c' or '-')", field: k) }
            return (text.contains("n"), text.contains("m"), text.contains("c"))
        }

        /// Field `k` as text (a fingerprint).
        func text(_ k: Int) -> String { String(decoding: bytes[fields[k]], as: UTF8.self) }

        /// Requires the file to end here, with its `end` line.
        mutating func end() throws(SejajarError) {
            try read("end", fields: 1)
            if advance(), !(fields.count == 1 && fields[0].isEmpty) { throw error("nothing may follow the 'end' line") }
        }
    }

    /// A word line's fields: `w<TAB>pair<TAB>position<TAB>flags<TAB>word`.
    static func append(_ word: CorpusWord, to out: inout Builder) {
        out.append("w\t"); out.append(word.pair); out.tab(); out.append(word.position); out.tab()
        out.append(flagsOf: word); out.tab(); out.append(word: word.folded); out.newline()
    }

    /// The word on the scanner's current line, of a corpus of `pairs` pairs.
    static func word(_ scanner: Scanner, pairs: Int) throws(SejajarError) -> CorpusWord {
        try scanner.expect("w", fields: 5)
        let flags = try scanner.flags(3)
        return CorpusWord(folded: try scanner.word(4), isNumber: flags.number, isMark: flags.mark, isCapitalised: flags.capitalised,
                          pair: try scanner.number(1, in: 0...max(0, pairs - 1)), position: try scanner.number(2, in: 0...Int.max / 2))
    }
}
