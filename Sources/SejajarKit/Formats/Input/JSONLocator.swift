import Foundation

/// Finds where things are in JSON text, so that an error in a saved alignment or a parameters
/// file names a line and column like every other error: the first syntax error, or where the
/// value at a coding path stands. Decoding itself is `Codable`'s; this only points.
struct JSONLocator {
    /// A step of a path into the document: an object key or an array index.
    enum Step: Hashable {
        case key(String)
        case index(Int)
    }

    /// 1-based line and column (in characters).
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// How deep objects and arrays may nest before the text is refused.
    static let maximumDepth = 512

    private let bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    /// The path of a decoding error as steps.
    static func steps(_ codingPath: [any CodingKey]) -> [Step] {
        codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
    }

    /// The first syntax error and what it is, or nil for well-formed JSON.
    func syntaxError() -> (Position, String)? {
        var scanner = Scanner(bytes: bytes)
        do {
            try scanner.document()
            return nil
        } catch {
            return (position(of: error.offset), error.message)
        }
    }

    /// Where the value at `path` starts (or, with `key`, where its key stands), or nil when the
    /// document has no such value.
    func position(of path: [Step], key: Bool = false) -> Position? {
        var scanner = Scanner(bytes: bytes)
        scanner.target = path
        try? scanner.document()
        guard let found = key ? scanner.foundKey ?? scanner.found : scanner.found else { return nil }
        return position(of: found)
    }

    /// The position of a byte offset.
    func position(of offset: Int) -> Position {
        var line = 1, column = 1
        for byte in bytes[0..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Position(line: line, column: column)
    }

    private struct Failure: Error {
        var offset: Int
        var message: String
    }

    /// A recursive-descent pass over the text (recursion bounded by `maximumDepth`), tracking the
    /// path of the value it is in.
    private struct Scanner {
        let bytes: [UInt8]
        var at = 0
        var path: [Step] = []
        var target: [Step]?
        var found: Int?
        var foundKey: Int?

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func document() throws(Failure) {
            skipSpace()
            if at == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3; skipSpace() }
            guard at < bytes.count else { throw Failure(offset: at, message: "the file is empty") }
            try value(depth: 0)
            skipSpace()
            if at < bytes.count { throw Failure(offset: at, message: "unexpected \(describe(at)) after the end of the document") }
        }

        private func describe(_ offset: Int) -> String {
            guard offset < bytes.count else { return "end of file" }
            let byte = bytes[offset]
            return byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "byte 0x%02X", byte)
        }

        private mutating func skipSpace() {
            while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
        }

        private mutating func value(depth: Int) throws(Failure) {
            skipSpace()
            if let target, found == nil, path == target { found = at }
            guard at < bytes.count else { throw Failure(offset: at, message: "the file ends early, where a value should be") }
            guard depth < JSONLocator.maximumDepth else {
                throw Failure(offset: at, message: "objects and arrays nested deeper than \(JSONLocator.maximumDepth) levels")
            }
            switch bytes[at] {
            case UInt8(ascii: "{"):
                at += 1
                skipSpace()
                if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return }
                while true {
                    skipSpace()
                    guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else {
                        throw Failure(offset: at, message: "expected a key in quotes, found \(describe(at))")
                    }
                    let keyStart = at
                    let key = try string()
                    skipSpace()
                    guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else { throw Failure(offset: at, message: "expected ':' after a key, found \(describe(at))") }
                    at += 1
                    path.append(.key(key))
                    if let target, foundKey == nil, path == target { foundKey = keyStart }
                    try value(depth: depth + 1)
                    path.removeLast()
                    skipSpace()
                    guard at < bytes.count else { throw Failure(offset: at, message: "the file ends early, inside an object") }
                    if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                    if bytes[at] == UInt8(ascii: "}") { at += 1; return }
                    throw Failure(offset: at, message: "expected ',' or '}' in an object, found \(describe(at))")
                }
            case UInt8(ascii: "["):
                at += 1
                skipSpace()
                if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return }
                var index = 0
                while true {
                    path.append(.index(index))
                    try value(depth: depth + 1)
                    path.removeLast()
                    index += 1
                    skipSpace()
                    guard at < bytes.count else { throw Failure(offset: at, message: "the file ends early, inside an array") }
                    if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                    if bytes[at] == UInt8(ascii: "]") { at += 1; return }
                    throw Failure(offset: at, message: "expected ',' or ']' in an array, found \(describe(at))")
                }
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                throw Failure(offset: at, message: "expected a value, found \(describe(at))")
            }
        }

        private mutating func literal(_ word: String) throws(Failure) {
            let expected = Array(word.utf8)
            guard bytes.count - at >= expected.count, Array(bytes[at..<(at + expected.count)]) == expected else {
                throw Failure(offset: at, message: "expected a value, found \(describe(at))")
            }
            at += expected.count
        }

        private mutating func number() throws(Failure) {
            let start = at
            if bytes[at] == UInt8(ascii: "-") { at += 1 }
            func digits() -> Int {
                let from = at
                while at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) { at += 1 }
                return at - from
            }
            guard digits() > 0 else { throw Failure(offset: start, message: "malformed number") }
            if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
                at += 1
                guard digits() > 0 else { throw Failure(offset: start, message: "malformed number") }
            }
            if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
                at += 1
                if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
                guard digits() > 0 else { throw Failure(offset: start, message: "malformed number") }
            }
        }

        /// A string from its opening quote; returns its text (escapes of keys resolved roughly).
        private mutating func string() throws(Failure) -> String {
            at += 1
            var text: [UInt8] = []
            while at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") { at += 1; return String(decoding: text, as: UTF8.self) }
                if byte < 0x20 { throw Failure(offset: at, message: "control character inside a string") }
                if byte == UInt8(ascii: "\\") {
                    at += 1
                    guard at < bytes.count else { break }
                    let escaped = bytes[at]
                    if escaped == UInt8(ascii: "u") {
                        guard at + 4 < bytes.count, bytes[(at + 1)...(at + 4)].allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }) else {
                            throw Failure(offset: at - 1, message: "malformed \\u escape")
                        }
                        at += 5
                        continue
                    }
                    guard "\"\\/bfnrt".utf8.contains(escaped) else { throw Failure(offset: at - 1, message: "unknown escape '\\\(Character(Unicode.Scalar(escaped)))'") }
                    text.append(escaped)
                    at += 1
                    continue
                }
                text.append(byte)
                at += 1
            }
            throw Failure(offset: at, message: "the file ends early, inside a string")
        }
    }
}
