import Foundation

/// Reads a PDF's text layer into a `Document`, through poppler (`PDFFile`), and works out what a
/// PDF does not say outright, starting from poppler's reading order (`PDFReadingOrder` puts
/// right what it gets wrong):
///
/// - reading order: side-by-side columns and table cells read one after the other, right-to-left
///   lines in reading order (`PDFBidi`);
/// - paragraphs: more white between lines than the document's line spacing for their type size,
///   an indented first line, a change of type size, a new column or cell; a paragraph goes on
///   over a column or page break when its sentence does (past a sidebar in other type);
/// - words hyphenated at a line end are joined ("investi-" + "gación"); a hyphen before a capital
///   or a digit is a compound's own and is kept ("Roche-" + "Posay"), with no space either way;
///   lines of Chinese or Japanese join with no space; ligatures (ﬁ) are their letters;
/// - page furniture (`pageFurniture`): every line on the top or bottom row of a page, or in a side
///   margin, that is repeated on two pages or more (digits aside) or is a page number however
///   worded, and text turned 90° (a margin label, the running head of a page turned to
///   landscape); lines in larger type become headings; superscript note marks are dropped; the
///   notes at the foot of a page (smaller type, below the last line of body text) become notes,
///   read after the body as in DOCX and ODT, each opening at its number.
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

    /// Ligatures poppler may leave as one character.
    static let ligatures: [Unicode.Scalar: String] = ["\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi",
                                                      "\u{FB04}": "ffl", "\u{FB05}": "st", "\u{FB06}": "st"]

    /// The lines of each page as poppler gives them, cut and joined into rows (`PDFReadingOrder`).
    static func lines(of pages: [PDFFile.Page]) -> [[PDFLine]] {
        var number = 0
        return pages.enumerated().map { p, page in
            var lines: [PDFLine] = []
            var current: [PDFFile.Character] = []
            func close() {
                number += 1
                let line = PDFLine(characters: current, number: number, column: 1, page: p)
                if !line.isBlank { lines += PDFReadingOrder.pieces(of: line) }
                current = []
            }
            for character in page.characters {
                if character.scalar == "\n" {
                    close()
                } else if let letters = ligatures[character.scalar] {
                    let width = (character.x1 - character.x0) / Float(letters.unicodeScalars.count)
                    for (k, letter) in letters.unicodeScalars.enumerated() {
                        var part = character
                        part.scalar = letter
                        part.x0 = character.x0 + Float(k) * width
                        part.x1 = part.x0 + width
                        current.append(part)
                    }
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { close() }
            return PDFReadingOrder.rows(lines)
        }
    }

    /// The line numbers of the page furniture: lines on the top or bottom row of a page near its
    /// edge, or in a side margin, that are page numbers or repeated on two pages or more (digits
    /// aside), and text turned 90°.
    static func furniture(_ perPage: [[PDFLine]], _ pages: [PDFFile.Page]) -> Set<LineKey> {
        var furniture = Set<LineKey>()
        var seen: [String: [(page: Int, key: LineKey)]] = [:]
        for (p, lines) in perPage.enumerated() {
            for line in lines where line.isVertical { furniture.insert(LineKey(line)) }
            let flat = lines.filter { !$0.isVertical }
            guard let top = flat.min(by: { $0.y0 < $1.y0 }), let bottom = flat.max(by: { $0.y1 < $1.y1 }) else { continue }
            let height = Float(pages[p].height), width = Float(pages[p].width)
            for line in flat where line.isBeside(top) && line.y0 < height * 0.12 || line.isBeside(bottom) && line.y1 > height * 0.88
                || line.x1 < width * 0.12 || line.x0 > width * 0.88 {
                if isPageNumber(line.text) { furniture.insert(LineKey(line)) }
                seen[normalised(line.text), default: []].append((p, LineKey(line)))
            }
        }
        for (_, lines) in seen where Set(lines.map(\.page)).count >= 2 { furniture.formUnion(lines.map(\.key)) }
        return furniture
    }

    /// A line told apart from the others of its page (pieces of one line of poppler's share its
    /// number).
    struct LineKey: Hashable {
        var number: Int, column: Int
        init(_ line: PDFLine) { number = line.number; column = line.column }
    }

    /// A body paragraph being read, with the type of its last line (to carry it on over a page).
    private struct Open {
        var block: Int
        var size: Float
        var font: UInt16
    }

    /// The paragraphs of the pages, in reading order.
    static func blocks(of pages: [PDFFile.Page]) -> [TextBlock] {
        let perPage = lines(of: pages)
        let furniture = Self.furniture(perPage, pages)
        let body = perPage.map { $0.filter { !furniture.contains(LineKey($0)) } }
        let order = PDFReadingOrder(pages: body)
        var sizes = body.flatMap { $0.flatMap { line in line.characters.filter(\.isInked).map { _ in line.size } } }
        sizes.sort()
        let bodySize = sizes.isEmpty ? 0 : sizes[sizes.count / 2]

        var blocks: [TextBlock] = [], notes: [TextBlock] = []
        var open: [Open] = []  // body paragraphs, the last one last
        var lastLine: PDFLine?
        for (p, lines) in perPage.enumerated() {
            let height = Float(pages[p].height)
            for line in lines where furniture.contains(LineKey(line)) && line.y0 < height / 2 {
                blocks.append(TextBlock(runs: [.init(text: line.text, line: line.number, column: line.column)], role: .pageFurniture))
            }
            // Notes: lines in smaller type below the last line in body size, low on the page.
            var noteTop: Float?
            if bodySize > 0, let last = body[p].filter({ abs($0.size - bodySize) <= 0.1 * bodySize }).map(\.y1).max() {
                noteTop = body[p].filter { $0.y0 >= last - 1 && $0.size < 0.9 * bodySize && $0.y0 > height / 2 }.map(\.y0).min()
            }
            for group in order.groups(body[p]) {
                let left = group.map(\.x0).min() ?? 0, right = group.map(\.x1).max() ?? 0
                var previous: PDFLine?
                for line in group {
                    let marked = withoutNoteMarks(line)
                    guard !marked.isBlank else { continue }
                    if let noteTop, line.y0 >= noteTop - 0.5, line.size < 0.9 * bodySize {
                        if let opening = openingNote(line) {
                            notes.append(TextBlock(runs: opening.isBlank ? [] : [.init(text: opening.text, line: opening.number, column: opening.column)], role: .note))
                        } else if notes.isEmpty || notes[notes.count - 1].runs.isEmpty {
                            if notes.isEmpty { notes.append(TextBlock(role: .note)) }
                            notes[notes.count - 1].runs.append(.init(text: marked.text, line: marked.number, column: marked.column))
                        } else {
                            join(&notes[notes.count - 1], before: marked.text)
                            notes[notes.count - 1].runs.append(.init(text: marked.text, line: marked.number, column: marked.column))
                        }
                        continue
                    }
                    let heading = bodySize > 0 && marked.size >= bodySize * 1.15
                    var starts = true
                    var target = open.last?.block
                    if let previous, !open.isEmpty {
                        let sameSize = abs(marked.size - previous.size) <= max(previous.size, 1) * 0.12
                        let indented = marked.isRightToLeft
                            ? right - marked.x1 > marked.size && right - previous.x1 <= marked.size
                            : marked.x0 - left > marked.size && previous.x0 - left <= marked.size
                        starts = previous.isBeside(marked) || order.breaks(previous, marked) || !sameSize || indented
                    } else if previous == nil, !heading, let last = lastLine, last.page != line.page || line.y0 < last.y0 {
                        // A paragraph going on over a column or page break: the last paragraph in
                        // this type (a sidebar in other type may stand between), if its sentence
                        // is open.
                        if let candidate = open.last(where: { abs($0.size - marked.size) <= 0.1 * marked.size && $0.font == marked.font }),
                           blocks[candidate.block].role == .content, continues(blocks[candidate.block].text, marked.text) {
                            starts = false
                            target = candidate.block
                        }
                    }
                    if starts {
                        blocks.append(TextBlock(role: heading ? .heading : .content))
                        target = blocks.count - 1
                    }
                    guard let k = target else { continue }
                    if !starts { join(&blocks[k], before: marked.text) }
                    blocks[k].runs.append(.init(text: marked.text, line: marked.number, column: marked.column))
                    open.removeAll { $0.block == k }
                    open.append(Open(block: k, size: marked.size, font: marked.font))
                    if open.count > 8 { open.removeFirst() }
                    previous = marked
                    lastLine = marked
                }
            }
            for line in lines where furniture.contains(LineKey(line)) && line.y0 >= height / 2 {
                blocks.append(TextBlock(runs: [.init(text: line.text, line: line.number, column: line.column)], role: .pageFurniture))
            }
        }
        return blocks + notes.filter { !$0.runs.isEmpty }
    }

    /// The text of a note when `line` opens one (its number or mark, in small type or not,
    /// dropped), else nil.
    static func openingNote(_ line: PDFLine) -> PDFLine? {
        let characters = line.characters
        var k = 0
        while k < characters.count, characters[k].scalar.properties.numericType != nil || "*†‡§".unicodeScalars.contains(characters[k].scalar) {
            k += 1
        }
        guard (1...3).contains(k) else { return nil }
        let rest = characters[k...].drop { !$0.isInked }
        return PDFLine(characters: Array(rest), number: line.number, column: line.column + characters.count - rest.count, page: line.page)
    }

    /// Ends the block's last line before the next is added: a line-end hyphen between two parts
    /// of a word goes (between two figures it stays, with no space); lines of Chinese or Japanese
    /// join with nothing between; otherwise a line break (white space to the segmenter).
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
        } else if hyphen, text.unicodeScalars.dropLast().last?.properties.numericType != nil, first?.properties.numericType != nil {
            block.runs.append(last)  // a range of figures (14½-13½, 2019-2020) broken at its dash
        } else if let end = text.unicodeScalars.last, let first, isCJK(end) || isCJK(first) {
            block.runs.append(last)
        } else {
            block.runs.append(last)
            block.runs.append(.init(text: "\n", line: last.line, column: last.column + text.count))
        }
    }

    /// A character of the scripts written without spaces between words (Chinese, Japanese) or
    /// their punctuation.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF,
             0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    /// True when `next` carries on the sentence `text` left open: no end punctuation.
    static func continues(_ text: String, _ next: String) -> Bool {
        guard let end = text.trimmingCharacters(in: .whitespaces).last, next.contains(where: { !$0.isWhitespace }) else { return false }
        return !".!?:;”\"»)…。！？".contains(end)
    }

    /// The line without superscript note marks (digits, asterisks, daggers in type well below
    /// the line's size).
    static func withoutNoteMarks(_ line: PDFLine) -> PDFLine {
        let size = line.size
        func small(_ c: PDFFile.Character) -> Bool { (c.size > 0 ? c.size : c.y1 - c.y0) < size * 0.75 }
        guard line.characters.contains(where: { small($0) && ($0.scalar.properties.numericType != nil || "*†‡".unicodeScalars.contains($0.scalar)) })
        else { return line }
        var result = line.filtered { !(small($0) && ($0.scalar.properties.numericType != nil || "*†‡".unicodeScalars.contains($0.scalar))) }
        result.size = size
        return result
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
