import Foundation

/// Writes a shard's documents (`ShardDocuments`) as `ShardDocumentsReader` reads them: binary,
/// because the file exists to be loaded faster than the texts are read, segmented and tokenised
/// again (it is not a `FormatWriter`, whose outputs are text). Version 1:
///
/// ```
/// "sejajar shard documents 1\n"
/// corpus fingerprint (string), corpus pairs, shard, shards, member count, members
/// token count, tokens (strings: every distinct folded word once, in order of first use)
/// per member, source then target document:
///   path, language tag (strings); paragraph count, each: first and end sentence, role, line;
///   sentence count, each: text (string), paragraph, role, line, column, breaks (count, then
///   offset, line, column each), inline codes (count, then kind, start, end, value or none each),
///   words (count, then token number and flags each: 1 number, 2 capitalised, 4 mark)
/// "end", then the FNV-1a hash of every byte before "end" (8 bytes, little-endian)
/// ```
///
/// Numbers are LEB128 varints (whole numbers zig-zagged), a string is its UTF-8 length and
/// bytes, a role or code kind its place in `allCases`. The hash tells a whole file from one cut
/// short or damaged.
public struct ShardDocumentsWriter: Sendable {
    /// The first bytes of every file of this version.
    public static let magic = Array("sejajar shard documents 1\n".utf8)

    /// Creates a writer.
    public init() {}

    /// The file's bytes.
    public func write(_ documents: ShardDocuments) -> Data {
        var out = Bytes()
        out.bytes.reserveCapacity(1 << 20)
        out.bytes.append(contentsOf: Self.magic)
        out.string(documents.corpus)
        out.count(documents.corpusPairs); out.count(documents.shard); out.count(documents.shards)
        out.count(documents.members.count)
        for member in documents.members { out.count(member) }
        // Each distinct word once, in the order it first occurs; every token's number in that
        // order, kept in the order the tokens are written below (each word hashed once).
        var table: [String: Int] = [:]
        var order: [String] = []
        var numbers: [[[Int]]] = []
        numbers.reserveCapacity(documents.words.count)
        for document in documents.words {
            numbers.append(document.map { sentence in
                sentence.map { token in
                    if let known = table[token.folded] { return known }
                    table[token.folded] = order.count
                    order.append(token.folded)
                    return order.count - 1
                }
            })
        }
        out.count(order.count)
        for word in order { out.string(word) }
        for (p, pair) in documents.pairs.enumerated() {
            for (side, document) in [pair.0, pair.1].enumerated() {
                let words = 2 * p + side < documents.words.count ? documents.words[2 * p + side] : []
                let wordNumbers = 2 * p + side < numbers.count ? numbers[2 * p + side] : []
                out.string(document.path)
                out.string(document.language.tag)
                out.count(document.paragraphs.count)
                for paragraph in document.paragraphs {
                    out.number(paragraph.sentences.lowerBound); out.number(paragraph.sentences.upperBound)
                    out.role(paragraph.role); out.number(paragraph.line)
                }
                out.count(document.sentences.count)
                for (s, sentence) in document.sentences.enumerated() {
                    out.string(sentence.text)
                    out.number(sentence.paragraph); out.role(sentence.role); out.number(sentence.line); out.number(sentence.column)
                    out.count(sentence.breaks.count)
                    for mark in sentence.breaks { out.number(mark.offset); out.number(mark.line); out.number(mark.column) }
                    out.count(sentence.codes.count)
                    for code in sentence.codes {
                        out.count(InlineCode.Kind.allCases.firstIndex(of: code.kind)!)
                        out.number(code.start); out.number(code.end)
                        if let value = code.value { out.count(1); out.string(value) } else { out.count(0) }
                    }
                    let tokens = s < words.count ? words[s] : []
                    out.count(tokens.count)
                    for (k, token) in tokens.enumerated() {
                        out.count(wordNumbers[s][k])
                        out.bytes.append((token.isNumber ? 1 : 0) | (token.isCapitalised ? 2 : 0) | (token.isMark ? 4 : 0))
                    }
                }
            }
        }
        let hash = Self.hash(out.bytes[...])
        out.bytes.append(contentsOf: Array("end".utf8))
        for k in 0..<8 { out.bytes.append(UInt8(truncatingIfNeeded: hash >> (8 * UInt64(k)))) }
        return Data(out.bytes)
    }

    /// FNV-1a over the bytes, eight at a time (then the rest one at a time): what the file's
    /// last eight bytes hold.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for k in 0..<words {
                value ^= raw.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self).littleEndian
                value = value &* 0x100_0000_01b3
            }
            for k in (8 * words)..<raw.count {
                value ^= UInt64(raw[k])
                value = value &* 0x100_0000_01b3
            }
        }
        return value
    }

    /// Bytes being written.
    struct Bytes {
        var bytes: [UInt8] = []

        /// A whole number ≥ 0, LEB128.
        mutating func count(_ value: Int) {
            var rest = UInt64(UInt(bitPattern: value))
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        /// Any whole number, zig-zagged.
        mutating func number(_ value: Int) {
            count(Int(bitPattern: UInt((value << 1) ^ (value >> (Int.bitWidth - 1)))))
        }

        /// A string: its UTF-8 length, then its bytes.
        mutating func string(_ text: String) {
            count(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        /// A role: its place in `Role.allCases`.
        mutating func role(_ role: Role) {
            bytes.append(UInt8(Role.allCases.firstIndex(of: role)!))
        }
    }
}
