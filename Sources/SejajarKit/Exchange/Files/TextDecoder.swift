import Foundation

/// Turns the bytes of a text file into normalised Swift text: UTF-8 (with or without BOM) or
/// UTF-16 LE/BE with BOM, line endings folded to LF, Unicode in NFC.
///
/// Invalid input is never replaced silently: the first bad byte is reported with its offset, so a
/// translator can find it in a hex viewer or with `head -c`.
public enum TextDecoder {
    /// Decodes `bytes` read from `path` (the path only names the file in errors).
    public static func decode(_ bytes: [UInt8], path: String) throws(SejajarError) -> String {
        let raw: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            raw = try decodeUTF8(bytes, from: 3, path: path)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            raw = try decodeUTF16(bytes, littleEndian: true, path: path)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            raw = try decodeUTF16(bytes, littleEndian: false, path: path)
        } else {
            raw = try decodeUTF8(bytes, from: 0, path: path)
        }
        return normalise(raw)
    }

    /// Reads and decodes a file; a missing or unreadable file is an `.io` error naming it.
    public static func read(path: String) throws(SejajarError) -> String {
        try decode([UInt8](try FileInput.data(path: path)), path: path)
    }

    /// Folds CRLF and CR to LF and composes to NFC.
    static func normalise(_ text: String) -> String {
        var text = text
        if text.utf8.contains(13) { text = foldingLineBreaks(text) }
        // ASCII is already in NFC.
        return text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
    }

    private static func foldingLineBreaks(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private static func decodeUTF8(_ bytes: [UInt8], from start: Int, path: String) throws(SejajarError) -> String {
        if let offset = firstInvalidUTF8Offset(bytes, from: start) {
            throw .invalidEncoding(path: path, byteOffset: offset, reason: "invalid UTF-8")
        }
        // Decoding from a contiguous buffer takes the standard library's fast path.
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self) }
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points above U+10FFFF included), or nil when all is well.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return index
            }
            for k in 1..<length {
                guard index + k < count else { return index }
                let byte = bytes[index + k]
                let (low, high) = k == 1 ? (lowerBound, upperBound) : (UInt8(0x80), UInt8(0xBF))
                if byte < low || byte > high { return index + k }
            }
            index += length
        }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool, path: String) throws(SejajarError) -> String {
        if bytes.count % 2 != 0 {
            throw .invalidEncoding(path: path, byteOffset: bytes.count - 1, reason: "truncated UTF-16 (odd number of bytes)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var offset = 2
        while offset < bytes.count {
            let (a, b) = (UInt16(bytes[offset]), UInt16(bytes[offset + 1]))
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            offset += 2
        }
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit >= 0xD800 && unit <= 0xDBFF {
                guard index + 1 < units.count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF else {
                    throw .invalidEncoding(path: path, byteOffset: 2 + index * 2, reason: "unpaired UTF-16 surrogate")
                }
                index += 2
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                throw .invalidEncoding(path: path, byteOffset: 2 + index * 2, reason: "unpaired UTF-16 surrogate")
            } else {
                index += 1
            }
        }
        return String(decoding: units, as: UTF16.self)
    }
}
