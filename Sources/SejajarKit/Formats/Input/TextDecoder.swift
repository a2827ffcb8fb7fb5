import Foundation

/// Turns the bytes of a text file into normalised Swift text: UTF-8 (with or without BOM),
/// UTF-16 or UTF-32 LE/BE with BOM, line endings folded to LF, Unicode in NFC.
///
/// Invalid input is never replaced silently: the first bad byte is reported with its offset, so a
/// translator can find it in a hex viewer or with `head -c`.
public enum TextDecoder {
    /// Decodes `bytes` read from `path` (the path only names the file in errors).
    ///
    /// UTF-32 and UTF-16 need a byte-order mark; without one (their NUL bytes give them away) the
    /// file is refused rather than read as text full of U+0000. Control characters other than
    /// tab, line and page breaks (NUL, ESC, DEL, C1 controls) mean a binary or wrongly decoded
    /// file and are refused with their byte offset.
    public static func decode(_ bytes: [UInt8], path: String) throws(SejajarError) -> String {
        let raw: String
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            raw = try decodeUTF32(bytes, littleEndian: false, path: path)
        } else if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            raw = try decodeUTF32(bytes, littleEndian: true, path: path)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            raw = try decodeUTF8(bytes, from: 3, path: path)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            raw = try decodeUTF16(bytes, littleEndian: true, path: path)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            raw = try decodeUTF16(bytes, littleEndian: false, path: path)
        } else {
            if let nul = bytes.firstIndex(of: 0) {
                throw .invalidEncoding(path: path, byteOffset: nul, reason: "NUL byte (\(guessWideEncoding(bytes)))")
            }
            raw = try decodeUTF8(bytes, from: 0, path: path)
            if let offset = firstControlByteOffset(bytes) {
                throw .invalidEncoding(path: path, byteOffset: offset, reason: controlReason(bytes, at: offset))
            }
            return TextNormalisation.normalise(raw)
        }
        if let (scalar, index) = firstControl(raw) {
            let width = bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) ? 4 : 2
            throw .invalidEncoding(path: path, byteOffset: width + index * width,
                                   reason: "control character U+\(String(format: "%04X", scalar.value)) (a binary or wrongly encoded file?)")
        }
        return TextNormalisation.normalise(raw)
    }

    /// What a file with NUL bytes probably is: UTF-32 or UTF-16 without a byte-order mark (their
    /// NULs fall in a regular pattern), else binary.
    static func guessWideEncoding(_ bytes: [UInt8]) -> String {
        let sample = bytes.prefix(4096)
        var byPosition = [0, 0, 0, 0]
        for (k, byte) in sample.enumerated() where byte == 0 { byPosition[k % 4] += 1 }
        let quarter = max(1, sample.count / 4)
        func empty(_ k: Int) -> Bool { byPosition[k] * 10 >= quarter * 9 }
        // UTF-32 keeps its two high bytes zero (little-endian: bytes 2 and 3 of each four);
        // UTF-16 of Latin text its high byte (every other byte).
        if empty(2) && empty(3) || empty(0) && empty(1) { return "UTF-32 without a byte-order mark? convert the file to UTF-8" }
        if empty(1) && empty(3) || empty(0) && empty(2) { return "UTF-16 without a byte-order mark? convert the file to UTF-8" }
        return "a binary file?"
    }

    /// Whether a scalar is a control character text never holds: C0 controls but tab, line feed,
    /// vertical tab, form feed and carriage return; DEL; C1 controls.
    static func isForbiddenControl(_ value: UInt32) -> Bool {
        (value < 0x20 && !(0x09...0x0D).contains(value)) || (0x7F...0x9F).contains(value)
    }

    /// The first forbidden control in decoded text, with its index in code units of 2 or 4 bytes
    /// (UTF-16 counts surrogate pairs as two).
    private static func firstControl(_ text: String) -> (Unicode.Scalar, Int)? {
        var index = 0
        for scalar in text.unicodeScalars {
            if isForbiddenControl(scalar.value) { return (scalar, index) }
            index += scalar.value > 0xFFFF ? 2 : 1
        }
        return nil
    }

    /// The byte offset of the first forbidden control in valid UTF-8, or nil.
    static func firstControlByteOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if isForbiddenControl(UInt32(byte)) { return index }
            } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func controlReason(_ bytes: [UInt8], at offset: Int) -> String {
        let value = bytes[offset] == 0xC2 ? UInt32(bytes[offset + 1]) : UInt32(bytes[offset])
        let hint = value >= 0x80 ? "text in Windows-1252 read as Latin-1?" : "a binary or wrongly encoded file?"
        return "control character U+\(String(format: "%04X", value)) (\(hint))"
    }

    /// Reads and decodes a file; a missing or unreadable file is an `.io` error naming it.
    public static func read(path: String, limits: Limits = Limits()) throws(SejajarError) -> String {
        try decode([UInt8](try FileInput.data(path: path, limit: limits.inputBytes)), path: path)
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

    private static func decodeUTF32(_ bytes: [UInt8], littleEndian: Bool, path: String) throws(SejajarError) -> String {
        if bytes.count % 4 != 0 {
            throw .invalidEncoding(path: path, byteOffset: bytes.count - bytes.count % 4, reason: "truncated UTF-32 (length not a multiple of four)")
        }
        var scalars = String.UnicodeScalarView()
        var offset = 4
        while offset < bytes.count {
            let b = (UInt32(bytes[offset]), UInt32(bytes[offset + 1]), UInt32(bytes[offset + 2]), UInt32(bytes[offset + 3]))
            let value = littleEndian ? (b.3 << 24 | b.2 << 16 | b.1 << 8 | b.0) : (b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3)
            guard let scalar = Unicode.Scalar(value) else {
                throw .invalidEncoding(path: path, byteOffset: offset, reason: "invalid UTF-32 code point")
            }
            scalars.append(scalar)
            offset += 4
        }
        return String(scalars)
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
