import Foundation

/// The reading order of a PDF page's lines, starting from poppler's: poppler already reads the
/// columns of a page one after the other; what it gets wrong is put right here.
///
/// - Lines: poppler's line is cut where it jumps to another row or back to the left (it joins
///   the first lines of two table cells), right-to-left lines are put in reading order
///   (`PDFBidi`), pieces of one row that poppler gave apart (a widely justified line) are joined,
///   and a row is cut where white stands out of its word spacing (a label and its value).
/// - Bands: lines that follow each other at the document's line spacing for their type size;
///   a band that poppler gives after one below it that it overlaps comes first.
/// - Columns: a band is cut where a strip of white runs down it, well wider than its word
///   spaces, or wider than one and a half with what stands right of it starting at one x (a
///   column's edge; in a typewriter font every word's start is on the grid, so it needs the
///   width). A ragged right edge cannot open a strip: there must be text on both sides of it.
struct PDFReadingOrder {
    /// The line spacing of each type size in the document (rounded to a tenth of a point).
    var pitches: [Int: Float] = [:]

    /// Learns line spacing from consecutive lines of one size, one over the other.
    init(pages: [[PDFLine]]) {
        var found: [Int: [Float]] = [:]
        for lines in pages {
            for (a, b) in zip(lines, lines.dropFirst()) {
                let size = Self.key(a.size)
                let pitch = b.bottom - a.bottom
                if size == Self.key(b.size), pitch > 0, pitch < 2.5 * a.size, a.x0 < b.x1, b.x0 < a.x1 {
                    found[size, default: []].append(pitch)
                }
            }
        }
        for (size, values) in found {
            let sorted = values.sorted()
            pitches[size] = sorted[sorted.count / 2]
        }
    }

    static func key(_ size: Float) -> Int { Int((size * 10).rounded()) }

    /// The usual spacing of lines in `size`.
    func pitch(_ size: Float) -> Float { pitches[Self.key(size)] ?? 1.2 * size }

    /// True when more white than the line spacing, or a jump upwards, separates two lines.
    func breaks(_ previous: PDFLine, _ line: PDFLine) -> Bool {
        let size = max(previous.size, line.size, 1)
        if abs(previous.size - line.size) > 0.12 * size {
            let gap = line.y0 - previous.y1
            return gap > 0.3 * size || gap < -2 * size
        }
        let pitch = line.bottom - previous.bottom
        return pitch > 1.2 * self.pitch(previous.size) || pitch < -0.5 * size
    }

    // MARK: lines

    /// A line of poppler's cut where it jumps to another row or goes back to the left; a
    /// right-to-left piece put in reading order.
    static func pieces(of line: PDFLine) -> [PDFLine] {
        guard !line.isVertical else { return [line] }
        var pieces: [(start: Int, characters: [PDFFile.Character])] = []
        var current: [PDFFile.Character] = []
        var start = 0
        var reach: Float = 0, row: Float = 0, size: Float = 0
        var inked = false  // the current piece has an inked character
        for (k, c) in line.characters.enumerated() {
            if c.isInked, inked {
                let scale = max(size, c.size > 0 ? c.size : c.y1 - c.y0, 1)
                let offRow = abs((c.y0 + c.y1) / 2 - row) > 0.6 * scale
                let back = c.x0 < reach - scale && !line.isRightToLeft
                if offRow || back {
                    pieces.append((start, current))
                    current = []
                    inked = false
                }
            }
            if current.isEmpty { start = k }
            current.append(c)
            if c.isInked {
                reach = inked ? max(reach, c.x1) : c.x1
                if !inked { row = (c.y0 + c.y1) / 2 }
                size = c.size > 0 ? c.size : c.y1 - c.y0
                inked = true
            }
        }
        if !current.isEmpty { pieces.append((start, current)) }
        return pieces.compactMap { piece in
            var part = PDFLine(characters: piece.characters, number: line.number, column: line.column + piece.start, page: line.page)
            guard !part.isBlank else { return nil }
            if part.isRightToLeft {
                part = PDFLine(characters: PDFBidi.logicalOrder(part.characters), number: part.number, column: part.column, page: part.page)
            }
            return part
        }
    }

    /// Consecutive pieces on one row joined (poppler gives a widely justified line in pieces),
    /// then cut where white stands out (`cut(_:)`).
    static func rows(_ lines: [PDFLine]) -> [PDFLine] {
        var joined: [PDFLine] = []
        for line in lines {
            if let previous = joined.last, previous.page == line.page, previous.isBeside(line), !line.isVertical, !previous.isVertical,
               line.x0 >= previous.x1 - 1 || previous.x0 >= line.x1 - 1,
               abs(previous.size - line.size) <= 0.3 * max(previous.size, line.size) + 3 {
                var first = previous, second = line
                if previous.isRightToLeft ? line.x1 > previous.x1 : line.x0 < previous.x0 { swap(&first, &second) }
                let gap = previous.isRightToLeft ? first.x0 - second.x1 : second.x0 - first.x1
                var characters = first.characters
                if gap > 0.12 * first.size, let last = characters.last, last.isInked {
                    characters.append(PDFFile.Character(scalar: " ", x0: min(first.x1, second.x1), y0: last.y0, x1: max(first.x0, second.x0),
                                                        y1: last.y1, size: last.size, font: last.font))
                }
                joined[joined.count - 1] = PDFLine(characters: characters + second.characters, number: previous.number,
                                                   column: previous.column, page: previous.page)
                continue
            }
            joined.append(line)
        }
        return joined.flatMap(cut)
    }

    /// A row cut where white stands out: wider than 3 em, or wider than 1.5 em and three times
    /// the row's other gaps (a label and its value, the cells of a table row). A justified line,
    /// whose gaps are all stretched alike, stays whole.
    static func cut(_ line: PDFLine) -> [PDFLine] {
        guard !line.isRightToLeft, !line.isVertical else { return [line] }
        let size = line.size
        var gaps: [Float] = []
        var reach: Float?
        for c in line.characters.filter(\.isInked).sorted(by: { $0.x0 < $1.x0 }) {
            if let end = reach, c.x0 - end > 0.12 * size { gaps.append(c.x0 - end) }
            reach = max(reach ?? c.x1, c.x1)
        }
        guard gaps.contains(where: { $0 > 1.5 * size }) else { return [line] }
        func wide(_ gap: Float) -> Bool {
            if gap > 3 * size { return true }
            guard gap > 1.5 * size else { return false }
            var others = gaps.sorted()
            if let k = others.firstIndex(of: gap) { others.remove(at: k) }
            return !others.isEmpty && gap > 3 * others[others.count / 2]
        }
        var pieces: [(start: Int, characters: [PDFFile.Character])] = []
        var current: [PDFFile.Character] = []
        var start = 0
        reach = nil
        for (k, c) in line.characters.enumerated() {
            if c.isInked, let end = reach, c.x0 - end > 0.12 * size, wide(c.x0 - end) {
                pieces.append((start, current))
                current = []
            }
            if current.isEmpty { start = k }
            current.append(c)
            if c.isInked { reach = max(reach ?? c.x1, c.x1) }
        }
        pieces.append((start, current))
        guard pieces.count > 1 else { return [line] }
        return pieces.compactMap { piece in
            guard let first = piece.characters.firstIndex(where: \.isInked) else { return nil }
            return PDFLine(characters: Array(piece.characters[first...]), number: line.number, column: line.column + piece.start + first, page: line.page)
        }
    }

    // MARK: bands and columns

    /// A page's lines (furniture taken out) in reading order, in groups: a column of a band, or
    /// a band with no columns.
    func groups(_ lines: [PDFLine]) -> [[PDFLine]] {
        guard let first = lines.first else { return [] }
        var bands: [[PDFLine]] = [[first]]
        for line in lines.dropFirst() {
            let previous = bands[bands.count - 1][bands[bands.count - 1].count - 1]
            if !previous.isBeside(line), breaks(previous, line) {
                bands.append([line])
            } else {
                bands[bands.count - 1].append(line)
            }
        }
        return Self.ordered(bands).flatMap(Self.columns)
    }

    /// Bands in poppler's order, except that a band standing above another that it overlaps
    /// comes first (poppler gives the heading of a page turned to landscape after its text).
    static func ordered(_ bands: [[PDFLine]]) -> [[PDFLine]] {
        guard bands.count > 1 else { return bands }
        let boxes = bands.map { band in
            (x0: band.map(\.x0).min()!, y0: band.map(\.y0).min()!, x1: band.map(\.x1).max()!, y1: band.map(\.y1).max()!)
        }
        func before(_ i: Int, _ j: Int) -> Bool {
            let a = boxes[i], b = boxes[j]
            let overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
            return overlap > 0.2 * min(a.x1 - a.x0, b.x1 - b.x0) && a.y1 <= b.y0 + 1
        }
        var done = Array(repeating: false, count: bands.count)
        var result: [[PDFLine]] = []
        while result.count < bands.count {
            // The first band in poppler's order that no band left to read stands above.
            let next = bands.indices.first { i in !done[i] && !bands.indices.contains { j in j != i && !done[j] && before(j, i) } }
                ?? bands.indices.first { !done[$0] }!
            done[next] = true
            result.append(bands[next])
        }
        return result
    }

    /// A band's side-by-side columns (table cells, a two-column layout) read one after the
    /// other: a run of its lines that a strip of white (`cuts`) runs down is cut there.
    static func columns(of band: [PDFLine]) -> [[PDFLine]] {
        let opens = band.indices.map { k in
            band[k].hasGap(wider: max(2.2 * band[k].wordGap, 0.5 * band[k].size))
                || k + 1 < band.count && beside(band[k], band[k + 1]) || k > 0 && beside(band[k], band[k - 1])
        }
        guard opens.contains(true) else { return [band] }
        var result: [[PDFLine]] = []
        var plain: [PDFLine] = []
        var i = 0
        while i < band.count {
            var best: (end: Int, cuts: [Float])?
            var j = i + 1
            while opens[i], j < band.count, j - i < 400 {
                let found = cuts(Array(band[i...j]))
                if found.isEmpty { if best != nil { break } } else { best = (j, found) }
                j += 1
            }
            if var best {
                // The run may begin before its first opening line (a cell whose first line
                // stands alone).
                var start = i
                let size = band[i].size
                while let previous = plain.last, abs(previous.size - size) <= max(size, 1) * 0.15,
                      case let found = cuts([previous] + Array(band[start...best.end])), !found.isEmpty {
                    plain.removeLast()
                    start -= 1
                    best.cuts = found
                }
                if !plain.isEmpty { result.append(plain); plain = [] }
                result += split(Array(band[start...best.end]), at: best.cuts)
                i = best.end + 1
            } else {
                plain.append(band[i])
                i += 1
            }
        }
        if !plain.isEmpty { result.append(plain) }
        return result
    }

    static func beside(_ a: PDFLine, _ b: PDFLine) -> Bool { a.isBeside(b) && (a.x1 <= b.x0 || b.x1 <= a.x0) }

    /// True when every character of the lines is as wide as the others (a typewriter font).
    static func isMonospaced(_ lines: [PDFLine]) -> Bool {
        var count = 0
        var low = Float.infinity, high = -Float.infinity
        for line in lines {
            for c in line.characters where c.isInked {
                count += 1
                low = min(low, c.x1 - c.x0)
                high = max(high, c.x1 - c.x0)
            }
        }
        return count >= 10 && high - low < 0.2
    }

    /// Where strips of white run down all of `lines` (lines at one height make a row), with
    /// text on both sides of it in a row: wider than 2.2 times the lines' word space (and half
    /// an em), or wider than 1.5 times (and 0.3 em: the padding of a table's cells) with what
    /// stands right of it starting at one x in every row (not in a typewriter font, where every
    /// word does).
    static func cuts(_ lines: [PDFLine]) -> [Float] {
        var rows: [[PDFLine]] = []
        for line in lines {
            if let k = rows.indices.last, let first = rows[k].first, abs(first.y0 - line.y0) < max(first.size, 1) * 0.5 {
                rows[k].append(line)
            } else {
                rows.append([line])
            }
        }
        guard rows.count >= 2 else { return [] }
        let spans = lines.flatMap { $0.characters.filter(\.isInked).map { ($0.x0, $0.x1) } }.sorted { $0.0 < $1.0 }
        guard let firstSpan = spans.first else { return [] }
        let words = lines.map(\.wordGap).sorted()
        let word = words[words.count / 2]
        let size = lines.map(\.size).max() ?? 0
        var monospaced: Bool?
        var found: [Float] = []
        var reach = firstSpan.1
        for span in spans.dropFirst() {
            let width = span.0 - reach
            if width > max(1.5 * word, 0.3 * size) {
                let cut = (reach + span.0) / 2
                var across = 0
                var starts: [Float] = []
                for row in rows {
                    var left = false
                    var start: Float?
                    for line in row {
                        for c in line.characters where c.isInked {
                            if c.x1 <= cut { left = true }
                            if c.x0 >= cut { start = min(start ?? c.x0, c.x0) }
                        }
                    }
                    if let start {
                        starts.append(start)
                        if left { across += 1 }
                    }
                }
                if across >= 1 {
                    if width > max(2.2 * word, 0.5 * size) {
                        found.append(cut)
                    } else if starts.count >= 2, starts.max()! - starts.min()! < 0.5 {
                        if monospaced == nil { monospaced = isMonospaced(lines) }
                        if monospaced == false { found.append(cut) }
                    }
                }
            }
            reach = max(reach, span.1)
        }
        return found
    }

    /// `lines` cut into columns at `cuts`, each column's lines top to bottom.
    static func split(_ lines: [PDFLine], at cuts: [Float]) -> [[PDFLine]] {
        var columns = Array(repeating: [PDFLine](), count: cuts.count + 1)
        for line in lines {
            var pieces = Array(repeating: [PDFFile.Character](), count: cuts.count + 1)
            var starts = Array(repeating: -1, count: cuts.count + 1)
            for (k, character) in line.characters.enumerated() {
                let middle = (character.x0 + character.x1) / 2
                let column = cuts.firstIndex { middle < $0 } ?? cuts.count
                if starts[column] < 0 { starts[column] = k }
                pieces[column].append(character)
            }
            for (c, piece) in pieces.enumerated() {
                guard let first = piece.firstIndex(where: \.isInked), let last = piece.lastIndex(where: \.isInked) else { continue }
                columns[c].append(PDFLine(characters: Array(piece[first...last]), number: line.number, column: line.column + starts[c] + first,
                                          page: line.page))
            }
        }
        return columns.filter { !$0.isEmpty }.map { $0.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) } }
    }
}
