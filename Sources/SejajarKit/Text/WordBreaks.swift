import CICU

// The one file that speaks ICU's C API.

/// Words of the scripts written without spaces between them that need a dictionary to cut:
/// Thai, Lao, Khmer and Myanmar, where a run of letters between spaces is a phrase or a whole
/// clause ("สมาชิกสมัชชาของเวลล์มีความกังวลมาก…"). ICU's word break iterator cuts such a run into
/// the words its dictionaries know, so that the aligner's lexicon can learn what each renders.
/// Chinese and Japanese are not cut here: the tokenizer takes each ideograph and kana alone.
enum WordBreaks {
    /// Whether `scalar` belongs to a script cut by dictionary (Thai, Lao, Myanmar and its
    /// extensions, Khmer and Khmer symbols).
    static func needsDictionary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0xA9E0...0xA9FF, 0xAA60...0xAA7F: return true
        default: return false
        }
    }

    /// The words of a run of letters and marks, in order, as ICU cuts it; the run itself when it
    /// holds no scalar of such a script or ICU cannot make an iterator.
    static func split(_ run: String.UnicodeScalarView) -> [String.UnicodeScalarView] {
        guard run.contains(where: needsDictionary) else { return [run] }
        let units = Array(String(run).utf16)
        var boundaries = [Int32](repeating: 0, count: units.count + 1)
        let found = Int(sejajar_word_boundaries(units, Int32(units.count), &boundaries, Int32(boundaries.count)))
        guard found > 0 else { return [run] }
        var pieces: [String.UnicodeScalarView] = []
        var start = 0
        for end in boundaries.prefix(found).map(Int.init) where end > start && end <= units.count {
            pieces.append(String(decoding: units[start..<end], as: UTF16.self).unicodeScalars)
            start = end
        }
        if start < units.count { pieces.append(String(decoding: units[start...], as: UTF16.self).unicodeScalars) }
        return pieces
    }
}
