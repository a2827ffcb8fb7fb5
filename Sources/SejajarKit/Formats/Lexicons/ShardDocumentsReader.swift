import Foundation

/// Reads a shard's documents (`ShardDocumentsWriter`, version 1). A file of another version,
/// cut short or damaged (its hash does not match), or whose numbers do not hold together (a
/// member beyond the corpus, a sentence beyond its document, a token beyond the table) is one
/// error naming the file and the byte; nothing of it is used.
public struct ShardDocumentsReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// What to do about a bad file.
    static let remedy = "write it again with round 0 ('sejajar corpus map' without --corpus-model)"

    /// The documents in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> ShardDocuments {
        let magic = ShardDocumentsWriter.magic
        guard data.count >= magic.count, data.prefix(magic.count).elementsEqual(magic) else {
            throw .io(path: path, message: "is not a shard documents file of this version (its first bytes are not '\(String(decoding: magic.dropLast(), as: UTF8.self))'): \(Self.remedy)")
        }
        let bytes = [UInt8](data)
        let body = bytes.count - 11
        guard body >= magic.count, bytes[body..<(body + 3)].elementsEqual("end".utf8) else {
            throw .io(path: path, message: "ends after \(bytes.count) bytes without its end mark: it was cut short; \(Self.remedy)")
        }
        var stored: UInt64 = 0
        for k in 0..<8 { stored |= UInt64(bytes[body + 3 + k]) << (8 * UInt64(k)) }
        guard ShardDocumentsWriter.hash(bytes[0..<body]) == stored else {
            throw .io(path: path, message: "is damaged or cut short (its \(bytes.count) bytes do not match the hash it ends with): \(Self.remedy)")
        }
        var input = Cursor(bytes: bytes, offset: magic.count, end: body, path: path)
        let corpus = try input.string()
        let corpusPairs = try input.count(max: Int(Int32.max))
        let shard = try input.count(max: Int(Int32.max))
        let shards = try input.count(max: Int(Int32.max))
        guard shard < shards else { throw input.error("shard \(shard) of \(shards)") }
        let memberCount = try input.count(max: corpusPairs)
        var members: [Int] = []
        members.reserveCapacity(memberCount)
        for _ in 0..<memberCount {
            let member = try input.count(max: corpusPairs - 1)
            if let last = members.last, last >= member { throw input.error("members must ascend, each once") }
            members.append(member)
        }
        let tokenCount = try input.count(max: input.remaining)
        var table: [String] = []
        table.reserveCapacity(tokenCount)
        for _ in 0..<tokenCount { table.append(try input.string()) }
        var pairs: [(Document, Document)] = []
        var words: [[[Token]]] = []
        pairs.reserveCapacity(memberCount)
        words.reserveCapacity(2 * memberCount)
        for _ in 0..<memberCount {
            let source = try input.document(table: table)
            let target = try input.document(table: table)
            pairs.append((source.document, target.document))
            words.append(source.words)
            words.append(target.words)
        }
        guard input.offset == body else { throw input.error("\(body - input.offset) bytes more than its documents") }
        return ShardDocuments(corpus: corpus, corpusPairs: corpusPairs, shard: shard, shards: shards, members: members, pairs: pairs, words: words)
    }

    /// The bytes of a file being read, checked at every step.
    struct Cursor {
        let bytes: [UInt8]
        var offset: Int
        let end: Int
        let path: String

        var remaining: Int { end - offset }

        func error(_ message: String) -> SejajarError {
            .io(path: path, message: "byte \(offset): \(message): the file does not hold together; \(ShardDocumentsReader.remedy)")
        }

        mutating func byte() throws(SejajarError) -> UInt8 {
            guard offset < end else { throw error("the file ends here") }
            defer { offset += 1 }
            return bytes[offset]
        }

        /// A whole number from 0 to `max`.
        mutating func count(max: Int) throws(SejajarError) -> Int {
            let value = try varint()
            guard max >= 0, value <= UInt64(max) else { throw error("\(value) where \(max < 0 ? "nothing" : "at most \(max)") may stand") }
            return Int(value)
        }

        /// Any whole number (zig-zagged).
        mutating func number() throws(SejajarError) -> Int {
            let value = try varint()
            return Int(bitPattern: UInt(value >> 1)) ^ -Int(bitPattern: UInt(value & 1))
        }

        mutating func varint() throws(SejajarError) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                guard shift < 64, shift < 63 || next <= 1 else { throw error("a number too large") }
                value |= UInt64(next & 0x7f) << shift
                if next < 0x80 { return value }
                shift += 7
            }
        }

        mutating func string() throws(SejajarError) -> String {
            let length = try count(max: remaining)
            defer { offset += length }
            return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        }

        mutating func role() throws(SejajarError) -> Role {
            let k = Int(try byte())
            guard k < Role.allCases.count else { throw error("role \(k) of \(Role.allCases.count)") }
            return Role.allCases[k]
        }

        /// One document and the words of its sentences.
        mutating func document(table: [String]) throws(SejajarError) -> (document: Document, words: [[Token]]) {
            let path = try string()
            let language = Language(try string())
            let paragraphCount = try count(max: remaining)
            var paragraphs: [Paragraph] = []
            paragraphs.reserveCapacity(paragraphCount)
            var ends: [Int] = []
            for _ in 0..<paragraphCount {
                let first = try number(), last = try number()
                guard first >= 0, first <= last else { throw error("a paragraph from sentence \(first) to \(last)") }
                paragraphs.append(Paragraph(sentences: first..<last, role: try role(), line: try number()))
                ends.append(last)
            }
            let sentenceCount = try count(max: remaining)
            if let beyond = ends.first(where: { $0 > sentenceCount }) { throw error("a paragraph ends at sentence \(beyond) of \(sentenceCount)") }
            var sentences: [Sentence] = []
            var words: [[Token]] = []
            sentences.reserveCapacity(sentenceCount)
            words.reserveCapacity(sentenceCount)
            for _ in 0..<sentenceCount {
                let text = try string()
                let paragraph = try number()
                guard paragraph >= 0, paragraph < paragraphCount else { throw error("paragraph \(paragraph) of \(paragraphCount)") }
                var sentence = Sentence(text: text, paragraph: paragraph, role: try role(), line: try number(), column: try number())
                let breakCount = try count(max: remaining)
                for _ in 0..<breakCount { sentence.breaks.append(Sentence.Break(offset: try number(), line: try number(), column: try number())) }
                let codeCount = try count(max: remaining)
                for _ in 0..<codeCount {
                    let kind = try count(max: InlineCode.Kind.allCases.count - 1)
                    let start = try number(), end = try number()
                    let value = try count(max: 1) == 1 ? try string() : nil
                    sentence.codes.append(InlineCode(kind: InlineCode.Kind.allCases[kind], start: start, end: end, value: value))
                }
                let tokenCount = try count(max: remaining / 2)
                var tokens: [Token] = []
                tokens.reserveCapacity(tokenCount)
                for _ in 0..<tokenCount {
                    let id = try count(max: table.count - 1)
                    let flags = try byte()
                    guard flags < 8 else { throw error("token flags \(flags)") }
                    tokens.append(Token(folded: table[id], isNumber: flags & 1 != 0, isCapitalised: flags & 2 != 0, isMark: flags & 4 != 0))
                }
                sentences.append(sentence)
                words.append(tokens)
            }
            return (Document(path: path, language: language, paragraphs: paragraphs, sentences: sentences), words)
        }
    }
}
