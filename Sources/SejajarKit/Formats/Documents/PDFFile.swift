import CPoppler
import Foundation

// The one file that speaks poppler's C API (through GLib). `PDFReader` works out paragraphs,
// reading order and running heads from what this gives: each page's characters with their boxes
// and type sizes, in poppler's reading order.

/// A PDF opened with poppler, held for as long as its pages are read.
final class PDFFile {
    /// One character of a page's text, its box (points, origin top left) and its type. poppler's
    /// line ends come as "\n" characters.
    struct Character {
        var scalar: Unicode.Scalar
        var x0: Float, y0: Float, x1: Float, y1: Float
        /// The type size poppler reports for the character's word (0 when it reports none).
        var size: Float = 0
        /// The character's font: a number the file gives each font name it meets.
        var font: UInt16 = 0
        /// Where poppler wraps a run of text in a bidirectional embedding (RLE or LRE … PDF, as
        /// it does around every right-to-left word): the outermost embedding's direction, how
        /// deep the character stands, and which embedding of the page it is (0: none).
        var embedding = Embedding()

        init(scalar: Unicode.Scalar, x0: Float, y0: Float, x1: Float, y1: Float, size: Float = 0, font: UInt16 = 0,
             embedding: Embedding = Embedding()) {
            self.scalar = scalar
            self.x0 = x0
            self.y0 = y0
            self.x1 = x1
            self.y1 = y1
            self.size = size
            self.font = font
            self.embedding = embedding
        }

        var isInked: Bool { !scalar.properties.isWhitespace }
    }

    /// A bidirectional embedding poppler put around characters.
    struct Embedding: Equatable {
        /// The outermost embedding is right to left (RLE, RLO).
        var rightToLeft = false
        /// 0 outside any embedding, 1 in the outermost one, 2 in one nested in it …
        var depth: UInt8 = 0
        /// Which outermost embedding of the page (0 outside any).
        var run: UInt32 = 0
    }

    /// A page: its size and its characters in poppler's order.
    struct Page {
        var width: Double
        var height: Double
        var characters: [Character]
    }

    private let document: OpaquePointer
    /// The fonts of the pages read so far, by name, numbered in the order they came: one
    /// number for one font on every page.
    private var fonts: [String: UInt16] = [:]

    /// Opens the PDF held in `data` (the bytes of the file at `path`).
    init(data: Data, path: String) throws(SejajarError) {
        var error: UnsafeMutablePointer<GError>?
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            defer { if error != nil { g_error_free(error) } }
            if sejajar_poppler_is_encrypted(error) != 0 {
                throw .io(path: path, message: "the PDF is password-protected: save a copy without a password")
            }
            let reason = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown reason"
            throw .io(path: path, message: "not a readable PDF (damaged or cut off): \(reason)")
        }
        self.document = document
    }

    deinit {
        sejajar_poppler_unref(UnsafeMutableRawPointer(document))
    }

    /// The number of pages.
    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// Page `index` (0-based). poppler reads a page as a selection from its top left to its
    /// bottom right; on a page of right-to-left text that selection leaves out what stands
    /// before its start (a heading, a running head), so such a page is read again from its top
    /// right, and the lines only the first reading has are added after.
    func page(_ index: Int) -> Page {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return Page(width: 0, height: 0, characters: []) }
        defer { sejajar_poppler_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        var result = Page(width: width, height: height, characters: [])
        let forward = Self.selection(page, area: nil, fonts: &fonts)
        guard forward.contains(where: { PDFBidi.isRightToLeft($0.scalar) }) else {
            result.characters = forward
            return result
        }
        var area = PopplerRectangle(x1: width + 10, y1: -10, x2: -10, y2: height + 10)
        var characters = Self.selection(page, area: &area, fonts: &fonts)
        struct Key: Hashable { var scalar: Unicode.Scalar, x: Int, y: Int }
        func key(_ c: Character) -> Key { Key(scalar: c.scalar, x: Int((c.x0 * 10).rounded()), y: Int((c.y0 * 10).rounded())) }
        let seen = Set(characters.filter(\.isInked).map(key))
        var line: [Character] = []
        func close() {
            if line.contains(where: \.isInked), !line.contains(where: { $0.isInked && seen.contains(key($0)) }) {
                if let last = characters.last, last.scalar != "\n" { characters.append(Character(scalar: "\n", x0: 0, y0: 0, x1: 0, y1: 0)) }
                characters += line
            }
            line = []
        }
        for character in forward {
            if character.scalar == "\n" { close() } else { line.append(character) }
        }
        close()
        result.characters = characters
        return result
    }

    /// The characters of a selection of `page` (the whole page from its top left when `area`
    /// is nil), poppler's embedding marks taken out and remembered on the characters they wrap.
    private static func selection(_ page: OpaquePointer, area: UnsafeMutablePointer<PopplerRectangle>?,
                                  fonts: inout [String: UInt16]) -> [Character] {
        let text: UnsafeMutablePointer<CChar>?
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let attributes: UnsafeMutablePointer<GList>?
        if let area {
            text = poppler_page_get_selected_text(page, POPPLER_SELECTION_GLYPH, area)
            guard poppler_page_get_text_layout_for_area(page, area, &rectangles, &count) != 0 else {
                if let text { sejajar_poppler_free(text) }
                return []
            }
            attributes = poppler_page_get_text_attributes_for_area(page, area)
        } else {
            text = poppler_page_get_text(page)
            guard poppler_page_get_text_layout(page, &rectangles, &count) != 0 else {
                if let text { sejajar_poppler_free(text) }
                return []
            }
            attributes = poppler_page_get_text_attributes(page)
        }
        defer {
            if let text { sejajar_poppler_free(text) }
            if let rectangles { sejajar_poppler_free(rectangles) }
            if let attributes { poppler_page_free_text_attributes(attributes) }
        }
        guard let text, let rectangles else { return [] }
        // Type size and font by character (attributes count characters without the marks).
        var sizes = [Float](repeating: 0, count: Int(count))
        var fontOf = [UInt16](repeating: 0, count: Int(count))
        var node = attributes
        while let current = node {
            if let attribute = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                let name = attribute.font_name.map { String(cString: $0) } ?? ""
                let font: UInt16
                if let known = fonts[name] {
                    font = known
                } else {
                    font = UInt16(min(fonts.count, Int(UInt16.max)))
                    fonts[name] = font
                }
                let start = max(Int(attribute.start_index), 0), end = min(Int(attribute.end_index), Int(count) - 1)
                if start <= end {
                    for k in start...end {
                        sizes[k] = Float(attribute.font_size)
                        fontOf[k] = font
                    }
                }
            }
            node = current.pointee.next
        }
        var characters: [Character] = []
        characters.reserveCapacity(Int(count))
        var stack: [Bool] = []  // right to left, outermost first
        var run: UInt32 = 0
        var k = 0
        for scalar in String(cString: text).unicodeScalars {
            switch scalar {
            case "\u{202A}", "\u{202B}", "\u{202D}", "\u{202E}":
                if stack.isEmpty { run += 1 }
                stack.append(scalar == "\u{202B}" || scalar == "\u{202E}")
                continue
            case "\u{202C}":
                _ = stack.popLast()
                continue
            default:
                break
            }
            guard k < Int(count) else { break }
            let box = rectangles[k]
            let embedding = stack.isEmpty ? Embedding() : Embedding(rightToLeft: stack[0], depth: UInt8(min(stack.count, 255)), run: run)
            characters.append(Character(scalar: scalar, x0: Float(box.x1), y0: Float(box.y1), x1: Float(max(box.x1, box.x2)), y1: Float(box.y2),
                                        size: sizes[k], font: fontOf[k], embedding: embedding))
            k += 1
        }
        return characters
    }
}
