import Foundation

/// One line of a PDF page as laid out: its characters (no line end), where it starts in
/// poppler's text (line number through all pages, column), and what `PDFReader` decides with:
/// its box and type size, its word spacing, whether it runs up or down the page or right to
/// left. Measured once, when made.
struct PDFLine {
    private(set) var characters: [PDFFile.Character]
    var number: Int
    var column: Int
    var page: Int
    private(set) var x0: Float = 0, x1: Float = 0, y0: Float = 0, y1: Float = 0
    /// The type size: the median of the characters' sizes as poppler reports them, else of
    /// their box heights.
    var size: Float = 0
    /// The median height of the characters' boxes.
    private(set) var height: Float = 0
    /// The median bottom of the characters' boxes: where the line stands, for line spacing.
    private(set) var bottom: Float = 0
    /// The font most of the line is in.
    private(set) var font: UInt16 = 0
    /// The median white between two words of the line (wider than 0.12 em), or 0.3 em.
    private(set) var wordGap: Float = 0
    /// Text turned 90°: its characters follow each other down or up the page.
    private(set) var isVertical = false
    /// Most of the line's letters are of a right-to-left script.
    private(set) var isRightToLeft = false

    init(characters: [PDFFile.Character], number: Int, column: Int, page: Int) {
        self.characters = characters
        self.number = number
        self.column = column
        self.page = page
        measure()
    }

    private mutating func measure() {
        let inked = characters.filter(\.isInked)
        let measured = inked.isEmpty ? characters : inked
        guard let first = measured.first else { return }
        x0 = first.x0; x1 = first.x1; y0 = first.y0; y1 = first.y1
        for c in measured {
            x0 = min(x0, c.x0); x1 = max(x1, c.x1); y0 = min(y0, c.y0); y1 = max(y1, c.y1)
        }
        func median(_ values: [Float]) -> Float {
            guard !values.isEmpty else { return 0 }
            let sorted = values.sorted()
            return sorted[sorted.count / 2]
        }
        height = median(measured.map { $0.y1 - $0.y0 })
        let sizes = measured.map(\.size).filter { $0 > 0 }
        size = sizes.isEmpty ? height : median(sizes)
        bottom = median(measured.map(\.y1))
        var counts: [UInt16: Int] = [:]
        for c in measured { counts[c.font, default: 0] += 1 }
        font = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
        // Word spacing: white between inked characters, left to right.
        let ordered = inked.sorted { $0.x0 < $1.x0 }
        var gaps: [Float] = []
        var reach: Float?
        for c in ordered {
            if let end = reach, c.x0 - end > 0.12 * size { gaps.append(c.x0 - end) }
            reach = max(reach ?? c.x1, c.x1)
        }
        wordGap = gaps.isEmpty ? 0.3 * size : median(gaps)
        if inked.count >= 3 {
            let xs = inked.map { ($0.x0 + $0.x1) / 2 }, ys = inked.map { ($0.y0 + $0.y1) / 2 }
            let dx = xs.max()! - xs.min()!, dy = ys.max()! - ys.min()!
            isVertical = dy > 2 * dx && dy > 2 * height
        }
        var rightToLeft = 0, leftToRight = 0
        for c in inked {
            switch PDFBidi.bidiClass(c.scalar) {
            case .right: rightToLeft += 1
            case .left: leftToRight += 1
            default: break
            }
        }
        isRightToLeft = rightToLeft > leftToRight
    }

    var text: String { String(String.UnicodeScalarView(characters.map(\.scalar))) }
    var isBlank: Bool { !characters.contains(where: \.isInked) }

    /// True when `other` stands on the same row (their middles less than half a line apart).
    func isBeside(_ other: PDFLine) -> Bool {
        let tolerance = max(min(height, other.height), 1) * 0.5
        return abs((y0 + y1) / 2 - (other.y0 + other.y1) / 2) < tolerance
    }

    /// True when white wider than `width` separates two inked characters of the line, left to
    /// right.
    func hasGap(wider width: Float) -> Bool {
        var reach: Float?
        for character in characters.filter(\.isInked).sorted(by: { $0.x0 < $1.x0 }) {
            if let end = reach, character.x0 - end > width { return true }
            reach = max(reach ?? character.x1, character.x1)
        }
        return false
    }

    /// The line with only the characters `keep` lets through, measured again (positions stay).
    func filtered(_ keep: (PDFFile.Character) -> Bool) -> PDFLine {
        PDFLine(characters: characters.filter(keep), number: number, column: column, page: page)
    }
}
