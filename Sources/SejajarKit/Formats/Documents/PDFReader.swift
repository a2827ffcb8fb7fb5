import Foundation

/// Reads a PDF's text layer into a `Document`, through poppler (`PDFFile`), and works out what a
/// PDF does not say outright:
///
/// - reading order: side-by-side columns and table cells are read one after the other, not
///   line by line across (a column is a strip of white no line crosses);
/// - paragraphs: a gap between lines larger than the line spacing, an indented first line, a
///   change of type size, a new column; a paragraph goes on over a page break when its sentence
///   does;
/// - words hyphenated at a line end are joined ("investi-" + "gación"); a hyphen before a capital
///   or a digit is a compound's own and is kept ("Roche-" + "Posay"), with no space either way;
/// - running headers and footers (the same line at the top or bottom of two or more pages, page
///   numbers however worded) become boilerplate (`pageFurniture`); lines in larger type become
///   headings; superscript note marks are dropped; notes at the foot of a page (smaller type,
///   opening with their number) become notes, read after the body as in DOCX and ODT.
///
/// Positions: the line of the PDF's text, counted through all pages in poppler's order, and
/// the character in it. A PDF without a text layer (a scan) is an error: OCR it first.
public struct PDFReader: TextBlockReader {
    /// Bounds on the file's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// What to say when the file holds no text.
    public static let emptyMessage = "the PDF has no text layer (a scan?): OCR it first"

    /// The paragraphs of the PDF held in `data`, page by page through poppler.
    public func read(data: Data, path: String) throws(SejajarError) -> [TextBlock] {
        let file = try PDFFile(data: data, path: path)
        return Self.blocks(of: (0..<file.pageCount).map { file.page($0) })
    }

    /// One line of text as laid out: its characters (no line end), box, type size, and where
    /// it starts in the text (line number and column).
    struct Line {
        var characters: [PDFFile.Character] { didSet { measure() } }
        var number: Int
        var column: Int
        var page: Int
        private(set) var x0 = 0.0, x1 = 0.0, y0 = 0.0, y1 = 0.0
        /// Median character height: the type size, near enough.
        private(set) var size = 0.0

        init(characters: [PDFFile.Character], number: Int, column: Int, page: Int) {
            self.characters = characters
            self.number = number
            self.column = column
            self.page = page
            measure()
        }

        private mutating func measure() {
            let inked = characters.filter { !$0.scalar.properties.isWhitespace }
            x0 = characters.map(\.x0).min() ?? 0
            x1 = characters.map(\.x1).max() ?? 0
            y0 = characters.map(\.y0).min() ?? 0
            y1 = characters.map(\.y1).max() ?? 0
            let heights = inked.map { $0.y1 - $0.y0 }.sorted()
            size = heights.isEmpty ? 0 : heights[heights.count / 2]
        }

        var text: String { String(String.UnicodeScalarView(characters.map(\.scalar))) }
        var isBlank: Bool { characters.allSatisfy { $0.scalar.properties.isWhitespace } }

        /// True when white wider than `width` separates two inked characters of the line (in
        /// the order of the page, left to right: poppler may give a line's pieces out of order).
        func hasGap(wider width: Double) -> Bool {
            var reach: Double?
            for character in characters.filter({ !$0.scalar.properties.isWhitespace }).sorted(by: { $0.x0 < $1.x0 }) {
                if let end = reach, character.x0 - end > width { return true }
                reach = max(reach ?? character.x1, character.x1)
            }
            return false
        }
    }

    /// The paragraphs of the pages, in reading order.
    static func blocks(of pages: [PDFFile.Page]) -> [TextBlock] {
        var number = 0
        var perPage: [[[Line]]] = []  // page → columns-or-bands in reading order → lines
        for (p, page) in pages.enumerated() {
            var lines: [Line] = []
            var current: [PDFFile.Character] = []
            func close() {
                number += 1
                let line = Line(characters: current, number: number, column: 1, page: p)
                if !line.isBlank { lines.append(line) }
                current = []
            }
            for character in page.characters {
                if character.scalar == "\n" { close() } else { current.append(character) }
            }
            if !current.isEmpty { close() }
            perPage.append(readingOrder(lines))
        }
        // Running heads: the first and last line of a page near its edge, repeated on two or more
        // pages (digits aside), or a page number.
        var furniture = Set<Int>()  // line numbers
        var seen: [String: [Int]] = [:]
        for (p, groups) in perPage.enumerated() {
            let lines = groups.flatMap { $0 }.sorted { $0.y0 < $1.y0 }
            let height = pages[p].height
            for line in [lines.first, lines.last].compactMap({ $0 }) where line.y0 < height * 0.12 || line.y1 > height * 0.88 {
                if isPageNumber(line.text) { furniture.insert(line.number) }
                seen[normalised(line.text), default: []].append(line.number)
            }
        }
        for (_, numbers) in seen where Set(numbers).count >= 2 { furniture.formUnion(numbers) }

        let body = perPage.flatMap { $0 }.flatMap { $0 }.filter { !furniture.contains($0.number) }
        let sizes = body.flatMap { line in line.characters.filter { !$0.scalar.properties.isWhitespace }.map { _ in line.size } }.sorted()
        let bodySize = sizes.isEmpty ? 0 : sizes[sizes.count / 2]

        var blocks: [TextBlock] = [], notes: [TextBlock] = []
        // The body paragraph lines join: running heads may stand after it in `blocks`.
        var lastBody: Int?
        for (p, groups) in perPage.enumerated() {
            for line in groups.flatMap({ $0 }) where furniture.contains(line.number) && isTop(line, pages[p]) {
                blocks.append(TextBlock(runs: [.init(text: line.text, line: line.number, column: line.column)], role: .pageFurniture))
            }
            for group in groups {
                let lines = group.filter { !furniture.contains($0.number) }
                let left = lines.map(\.x0).min() ?? 0
                var previous: Line?
                var inNote = false
                for line in lines {
                    var marked = withoutNoteMarks(line)
                    guard !marked.isBlank else { continue }
                    // A note at the foot of the page: smaller type, opening with its number.
                    let digits = marked.characters.prefix { $0.scalar.properties.numericType != nil }.count
                    let opensNote = (1...3).contains(digits) && bodySize > 0 && marked.size < bodySize * 0.9 && marked.y0 > pages[p].height / 2
                    if opensNote {
                        previous = marked
                        marked.characters.removeFirst(digits)
                        marked.column += digits
                        notes.append(TextBlock(role: .note))
                        // The number may stand alone, the note's text on the same row after it.
                        if !marked.isBlank {
                            notes[notes.count - 1].runs.append(.init(text: marked.text, line: marked.number, column: marked.column))
                        }
                        inNote = true
                        continue
                    }
                    if inNote, let last = previous, abs(marked.size - last.size) <= max(last.size, 1) * 0.15, marked.y0 - last.y1 <= last.size * 0.3 {
                        join(&notes[notes.count - 1], before: marked.text)
                        notes[notes.count - 1].runs.append(.init(text: marked.text, line: marked.number, column: marked.column))
                        previous = marked
                        continue
                    }
                    inNote = false
                    let heading = bodySize > 0 && marked.size >= bodySize * 1.2
                    var starts = true
                    if let previous, lastBody != nil {
                        let gap = marked.y0 - previous.y1
                        let sameSize = abs(marked.size - previous.size) <= max(previous.size, 1) * 0.15
                        let indented = marked.x0 - left > marked.size && previous.x0 - left <= marked.size
                        starts = gap > previous.size * 0.3 || !sameSize || indented || gap < -previous.size
                    } else if previous == nil, let k = lastBody, blocks[k].role == (heading ? .heading : .content), continues(blocks[k].text, marked.text) {
                        starts = false  // a paragraph going on over a column or page break
                    }
                    if starts {
                        blocks.append(TextBlock(role: heading ? .heading : .content))
                        lastBody = blocks.count - 1
                    }
                    if let k = lastBody {
                        if !starts { join(&blocks[k], before: marked.text) }
                        blocks[k].runs.append(.init(text: marked.text, line: marked.number, column: marked.column))
                    }
                    previous = marked
                }
            }
            for line in groups.flatMap({ $0 }) where furniture.contains(line.number) && !isTop(line, pages[p]) {
                blocks.append(TextBlock(runs: [.init(text: line.text, line: line.number, column: line.column)], role: .pageFurniture))
            }
        }
        return blocks + notes
    }

    static func isTop(_ line: Line, _ page: PDFFile.Page) -> Bool { line.y0 < page.height / 2 }

    /// Ends the block's last line before the next is added: a line-end hyphen between two parts
    /// of a word goes; otherwise a line break (white space to the segmenter).
    static func join(_ block: inout TextBlock, before next: String) {
        guard var last = block.runs.popLast() else { return }
        let text = last.text
        let first = next.unicodeScalars.first { !$0.properties.isWhitespace }
        let hyphen = text.unicodeScalars.last.map { $0 == "\u{AD}" || $0 == "-" || $0 == "\u{2010}" } ?? false
        if hyphen, text.unicodeScalars.dropLast().last?.properties.isAlphabetic == true, let first, !first.properties.isWhitespace {
            // A word broken at its hyphenation point loses the hyphen; a compound whose own hyphen
            // fell at the line end (La Roche-Posay, COVID-19) keeps it. Neither gets a space.
            if first.properties.isLowercase || text.unicodeScalars.last == "\u{AD}" {
                last.text = String(String.UnicodeScalarView(text.unicodeScalars.dropLast()))
            }
            block.runs.append(last)
        } else {
            block.runs.append(last)
            block.runs.append(.init(text: "\n", line: last.line, column: last.column + text.count))
        }
    }

    /// True when `next` carries on the sentence `text` left open: no end punctuation, and not a
    /// capitalised line after a short one.
    static func continues(_ text: String, _ next: String) -> Bool {
        guard let end = text.trimmingCharacters(in: .whitespaces).last, next.contains(where: { !$0.isWhitespace }) else { return false }
        return !".!?:;”\"»)…".contains(end)
    }

    /// The line without superscript note marks (digits, asterisks, daggers in type well below
    /// the line's size).
    static func withoutNoteMarks(_ line: Line) -> Line {
        let size = line.size
        var result = line
        result.characters = line.characters.filter { character in
            let small = character.y1 - character.y0 < size * 0.75
            return !(small && (character.scalar.properties.numericType != nil || "*†‡".unicodeScalars.contains(character.scalar)))
        }
        return result
    }

    /// Reading order of a page's lines: bands of lines separated by white, each band cut into
    /// columns where a strip of white runs down all its lines; columns read left to right.
    static func readingOrder(_ lines: [Line]) -> [[Line]] {
        guard !lines.isEmpty else { return [] }
        var bands: [[Line]] = [[lines[0]]]
        for line in lines.dropFirst() {
            let previous = bands[bands.count - 1].last!
            let gap = line.y0 - previous.y1
            if gap > max(previous.size, line.size) * 0.3 || gap < -max(previous.size, line.size) * 2 {
                bands.append([line])
            } else {
                bands[bands.count - 1].append(line)
            }
        }
        var result: [[Line]] = []
        for band in bands {
            result += columns(of: band)
        }
        return result
    }

    /// A band's lines with its side-by-side columns (table cells, a two-column layout) read one
    /// after the other: runs of at least three rows of lines that a strip of white runs down,
    /// with text on both sides of it in two rows or more, are cut there.
    static func columns(of band: [Line]) -> [[Line]] {
        var result: [[Line]] = []
        var plain: [Line] = []
        var i = 0
        // Only a line with a wide gap inside, or beside another on the same row, can open a run
        // of columns; most bands have none.
        func beside(_ a: Line, _ b: Line) -> Bool {
            abs(a.y0 - b.y0) < max(a.size, 1) * 0.5 && (a.x1 <= b.x0 || b.x1 <= a.x0)
        }
        let opens = band.indices.map { k in
            band[k].hasGap(wider: max(band[k].size * 0.35, 4))
                || k + 1 < band.count && beside(band[k], band[k + 1]) || k > 0 && beside(band[k], band[k - 1])
        }
        guard opens.filter({ $0 }).count >= 1 else { return [band] }
        while i < band.count {
            var best: (end: Int, cuts: [Double])?
            var j = i + 1
            while opens[i], j < band.count, j - i < 400 {
                let found = cuts(of: Array(band[i...j]))
                if found.isEmpty { if best != nil { break } } else { best = (j, found) }
                j += 1
            }
            if var best {
                // The run may begin before its first wide gap (a cell whose first line stands alone).
                var start = i
                let size = band[i].size
                while let previous = plain.last, abs(previous.size - size) <= max(size, 1) * 0.15,
                      case let found = cuts(of: [previous] + Array(band[start...best.end])), !found.isEmpty {
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

    /// Where strips of white run down all of `lines` (lines at the same height make one row):
    /// none unless there are three rows, two of them with text on both sides of the strip.
    static func cuts(of lines: [Line]) -> [Double] {
        var rows: [[Line]] = []
        for line in lines {
            if let k = rows.indices.last, let first = rows[k].first, abs(first.y0 - line.y0) < max(first.size, 1) * 0.5 {
                rows[k].append(line)
            } else {
                rows.append([line])
            }
        }
        guard rows.count >= 3 else { return [] }
        let inked = lines.flatMap { $0.characters.filter { !$0.scalar.properties.isWhitespace } }
        guard !inked.isEmpty else { return [] }
        let size = lines.map(\.size).max() ?? 0
        let spans = inked.map { ($0.x0, $0.x1) }.sorted { $0.0 < $1.0 }
        var found: [Double] = []
        var reach = spans[0].1
        for span in spans.dropFirst() {
            if span.0 - reach > max(size * 0.35, 4) {
                let cut = (reach + span.0) / 2
                let across = rows.filter { row in
                    row.contains { $0.characters.contains { !$0.scalar.properties.isWhitespace && $0.x1 <= cut } }
                        && row.contains { $0.characters.contains { !$0.scalar.properties.isWhitespace && $0.x0 >= cut } }
                }.count
                if across >= 2 { found.append(cut) }
            }
            reach = max(reach, span.1)
        }
        return found
    }

    /// `lines` cut into columns at `cuts`, each column's lines top to bottom.
    static func split(_ lines: [Line], at cuts: [Double]) -> [[Line]] {
        var columns = Array(repeating: [Line](), count: cuts.count + 1)
        for line in lines {
            var pieces = Array(repeating: [PDFFile.Character](), count: cuts.count + 1)
            var starts = Array(repeating: -1, count: cuts.count + 1)
            for (k, character) in line.characters.enumerated() {
                let middle = (character.x0 + character.x1) / 2
                let column = cuts.firstIndex { middle < $0 } ?? cuts.count
                if starts[column] < 0 { starts[column] = k }
                pieces[column].append(character)
            }
            for (c, piece) in pieces.enumerated() where !piece.isEmpty {
                let part = Line(characters: piece, number: line.number, column: line.column + starts[c], page: line.page)
                if !part.isBlank { columns[c].append(part) }
            }
        }
        return columns.filter { !$0.isEmpty }.map { $0.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) } }
    }

    /// A page number however worded: "7", "- 7 -", "7 / 20", "Página 7", "Page 7 of 20".
    static func isPageNumber(_ text: String) -> Bool {
        let words = text.split { $0.isWhitespace || $0 == "-" || $0 == "–" || $0 == "/" || $0 == "|" }
        guard !words.isEmpty, words.count <= 4, words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
        return words.filter { !$0.allSatisfy(\.isNumber) }.count <= 2 && words.allSatisfy { $0.count <= 12 }
    }

    /// A line's text with digits masked and white space collapsed, to find repeated running heads.
    static func normalised(_ text: String) -> String {
        String(text.map { $0.isNumber ? "#" : $0 }).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
