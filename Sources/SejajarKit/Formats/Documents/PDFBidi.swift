import Foundation

/// A line of right-to-left text (Hebrew, Arabic) as a PDF draws it, put into reading order.
///
/// poppler gives such a line in an order of its own: each word is wrapped in an embedding and
/// its letters are in reading order, but the words' boxes come left to right, two words
/// sometimes follow each other with no space, and a neutral character (a comma, a geresh) lands
/// on the wrong side of its word. This works from where the characters stand instead: each
/// character gets its own box back, the line is read as it stands from left to right, and the
/// Unicode bidirectional algorithm's levels (in a right-to-left paragraph) and reordering (rule
/// L2, which read backwards gives reading order) turn it around, with a space wherever white as
/// wide as the line's word spaces separates two words.
enum PDFBidi {
    /// The bidirectional class of a character, as far as reading a line needs it.
    enum Class: Equatable {
        case right, left, europeanNumber, arabicNumber, europeanSeparator, commonSeparator, terminator, mark, neutral
    }

    /// True for a letter of a right-to-left script (Unicode bidi class R or AL).
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x05FF, 0x07C0...0x085F, 0xFB1D...0xFB4F, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
            return !isMark(scalar)
        case 0x0600...0x06FF, 0x0700...0x07BF, 0x0860...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return !isMark(scalar) && arabicNumberOrSign(scalar) == nil && !(0x06F0...0x06F9).contains(scalar.value)
                && scalar.value != 0x060C && scalar.value != 0x066A
        default:
            return false
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        // Below U+0300 (the combining diacritics) no character is a mark: no table lookup.
        if scalar.value < 0x300 { return false }
        let category = scalar.properties.generalCategory
        return category == .nonspacingMark || category == .enclosingMark
    }

    private static func arabicNumberOrSign(_ scalar: Unicode.Scalar) -> Class? {
        switch scalar.value {
        case 0x0600...0x0605, 0x0660...0x0669, 0x066B, 0x066C, 0x06DD, 0x08E2: return .arabicNumber
        default: return nil
        }
    }

    /// The class of `scalar` (the classes UAX #9 gives, those a line of text needs).
    static func bidiClass(_ scalar: Unicode.Scalar) -> Class {
        if isMark(scalar) { return .mark }
        if isRightToLeft(scalar) { return .right }
        if let number = arabicNumberOrSign(scalar) { return number }
        switch scalar.value {
        case 0x30...0x39, 0x06F0...0x06F9, 0xB2, 0xB3, 0xB9, 0x2070...0x2079, 0x2080...0x2089, 0xFF10...0xFF19:
            return .europeanNumber
        case 0x2B, 0x2D, 0x207A, 0x207B, 0x208A, 0x208B, 0x2212, 0xFB29, 0xFE62, 0xFE63, 0xFF0B, 0xFF0D:
            return .europeanSeparator
        case 0x2C, 0x2E, 0x2F, 0x3A, 0xA0, 0x060C, 0x202F, 0x2044, 0xFE50, 0xFE52, 0xFE55, 0xFF0C, 0xFF0E, 0xFF0F, 0xFF1A:
            return .commonSeparator
        case 0x23...0x25, 0xA2...0xA5, 0xB0, 0xB1, 0x066A, 0x2030...0x2034, 0x20A0...0x20CF, 0x212E, 0x2213, 0xFE5F, 0xFE69, 0xFE6A,
             0xFF03...0xFF05, 0xFFE0, 0xFFE1, 0xFFE5, 0xFFE6:
            return .terminator
        default:
            if scalar.value < 0x80 {
                let letter = (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                return letter ? .left : .neutral
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.generalCategory == .otherNumber || properties.generalCategory == .letterNumber {
                return .left
            }
            return .neutral
        }
    }

    /// The characters of a right-to-left line in reading order (spaces between words made
    /// from the white between them; poppler's own spaces go).
    static func logicalOrder(_ characters: [PDFFile.Character]) -> [PDFFile.Character] {
        let words = visualWords(characters)
        guard !words.isEmpty else { return characters }
        func left(_ word: [PDFFile.Character]) -> Float { word.map(\.x0).min() ?? 0 }
        func right(_ word: [PDFFile.Character]) -> Float { word.map(\.x1).max() ?? 0 }
        let sizes = words.flatMap { $0.map { $0.size > 0 ? $0.size : $0.y1 - $0.y0 } }.sorted()
        let size = sizes[sizes.count / 2]
        let gaps = zip(words, words.dropFirst()).map { left($1) - right($0) }
        let wide = gaps.filter { $0 > 0.15 * size }.sorted()
        // White narrower than the line's word spaces is kerning or a glyph poppler cut off.
        let space = wide.isEmpty ? 0.15 * size : max(0.15 * size, 0.6 * wide[wide.count / 2])
        var line: [PDFFile.Character] = []
        for (n, word) in words.enumerated() {
            if n > 0 {
                // The alef after tanween fath (ـًا) is drawn as a glyph of its own after the
                // mark, and poppler cuts it off as a word.
                let previous = words[n - 1]
                let alef = previous.count == 1 && previous[0].scalar == "\u{0627}" && word.prefix(2).contains { $0.scalar == "\u{064B}" }
                if gaps[n - 1] > space && !alef {
                    let before = previous[previous.count - 1]
                    line.append(PDFFile.Character(scalar: " ", x0: right(previous), y0: before.y0, x1: left(word), y1: before.y1,
                                                  size: before.size, font: before.font))
                }
            }
            line += word
        }
        return reordered(line)
    }

    /// poppler's words of the line as they stand, left to right, each character with its own
    /// box. A right-to-left word comes in reading order with its boxes left to right: the
    /// letters are turned around (a left-to-right run nested in it, digits, turned back) and
    /// take the boxes in order. A letter and its mark given as one cluster (ActualText) are
    /// spread over the glyph in reading order, the mark right of its letter, where it would
    /// read before it: the two change places.
    static func visualWords(_ characters: [PDFFile.Character]) -> [[PDFFile.Character]] {
        var words: [[PDFFile.Character]] = []
        var current: [PDFFile.Character] = []
        for c in characters {
            if let last = current.last, !c.isInked || last.embedding.run != c.embedding.run || last.embedding.rightToLeft != c.embedding.rightToLeft {
                words.append(current)
                current = []
            }
            if c.isInked { current.append(c) }
        }
        if !current.isEmpty { words.append(current) }
        for (w, word) in words.enumerated() where word[0].embedding.rightToLeft {
            var order = Array(word.reversed())
            var k = 0
            while k < order.count {
                guard order[k].embedding.depth >= 2 else { k += 1; continue }
                var j = k
                while j < order.count, order[j].embedding.depth >= 2 { j += 1 }
                order[k..<j].reverse()
                k = j
            }
            for i in order.indices {
                order[i].x0 = word[i].x0; order[i].y0 = word[i].y0; order[i].x1 = word[i].x1; order[i].y1 = word[i].y1
            }
            k = 0
            while k + 1 < order.count {
                let letter = order[k], mark = order[k + 1]
                if isMark(mark.scalar), letter.scalar.properties.isAlphabetic, !isMark(letter.scalar),
                   abs((mark.x1 - mark.x0) - (letter.x1 - letter.x0)) < 0.3, abs(mark.x0 - letter.x1) < 0.3 {
                    order.swapAt(k, k + 1)
                    k += 2
                } else {
                    k += 1
                }
            }
            words[w] = order
        }
        return words.sorted { ($0.map(\.x0).min() ?? 0) < ($1.map(\.x0).min() ?? 0) }
    }

    /// A line as it stands, left to right, in reading order: levels by UAX #9 in a
    /// right-to-left paragraph (weak types resolved: W1 marks, W4 separators and W5 terminators
    /// between numbers; N1 and N2 for neutrals), then rule L2. Two levels (1 and 2) make L2 its
    /// own inverse, so the order it gives from the visual line is the logical one.
    static func reordered(_ line: [PDFFile.Character]) -> [PDFFile.Character] {
        var classes = line.map { bidiClass($0.scalar) }
        for k in classes.indices where classes[k] == .mark {
            // In a right-to-left run a mark's letter stands on its right.
            if k + 1 < classes.count, classes[k + 1] != .mark { classes[k] = classes[k + 1] } else { classes[k] = k > 0 ? classes[k - 1] : .right }
        }
        if classes.count >= 3 {
            for k in 1..<(classes.count - 1) {
                if classes[k] == .europeanSeparator || classes[k] == .commonSeparator, classes[k - 1] == .europeanNumber, classes[k + 1] == .europeanNumber {
                    classes[k] = .europeanNumber
                } else if classes[k] == .commonSeparator, classes[k - 1] == .arabicNumber, classes[k + 1] == .arabicNumber {
                    classes[k] = .arabicNumber
                }
            }
        }
        for k in classes.indices where classes[k] == .terminator {
            if k > 0 && classes[k - 1] == .europeanNumber || k + 1 < classes.count && classes[k + 1] == .europeanNumber {
                classes[k] = .europeanNumber
            }
        }
        func strongRight(_ c: Class) -> Bool? {
            switch c {
            case .right, .europeanNumber, .arabicNumber: return true
            case .left: return false
            default: return nil
            }
        }
        var levels = classes.map { c -> Int in
            switch c {
            case .right: return 1
            case .left, .europeanNumber, .arabicNumber: return 2
            default: return 0
            }
        }
        var k = 0
        while k < levels.count {
            guard levels[k] == 0 else { k += 1; continue }
            var j = k
            while j < levels.count, levels[j] == 0 { j += 1 }
            let before = k > 0 ? strongRight(classes[k - 1]) ?? true : true
            let after = j < levels.count ? strongRight(classes[j]) ?? true : true
            let level = !before && !after ? 2 : 1
            for i in k..<j { levels[i] = level }
            k = j
        }
        var order = Array(line.indices)
        k = 0
        while k < order.count {
            guard levels[order[k]] >= 2 else { k += 1; continue }
            var j = k
            while j < order.count, levels[order[j]] >= 2 { j += 1 }
            order[k..<j].reverse()
            k = j
        }
        return order.reversed().map { line[$0] }
    }
}
