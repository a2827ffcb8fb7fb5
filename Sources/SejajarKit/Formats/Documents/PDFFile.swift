import CPoppler
#if canImport(Glibc)
import Glibc
#endif
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

        /// Not white space (Unicode's White_Space). ASCII is told without the property tables:
        /// the readers ask this of every character several times, and the table lookup was a
        /// fifth of reading a long PDF.
        var isInked: Bool {
            let value = scalar.value
            if value < 0x80 { return !(value == 0x20 || (0x09...0x0D).contains(value)) }
            return !scalar.properties.isWhitespace
        }
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
    /// poppler-glib's functions (loaded by the first init).
    private let poppler: Poppler
    /// The fonts of the pages read so far, by name, numbered in the order they came: one
    /// number for one font on every page.
    private var fonts: [String: UInt16] = [:]

    /// poppler-glib's functions that PDFFile calls, looked up (dlopen, dlsym) when the first PDF
    /// is read: linked in, poppler-glib and the forty libraries it needs cost every command about
    /// 15 ms of start-up. The signatures are poppler's (0.18 and later) and GLib's, with the types
    /// `Sources/CPoppler/shim.h` declares.
    private struct Poppler {
        let bytesNew: @convention(c) (UnsafeRawPointer?, gsize) -> OpaquePointer?
        let bytesUnref: @convention(c) (OpaquePointer?) -> Void
        let errorFree: @convention(c) (UnsafeMutablePointer<GError>?) -> Void
        let objectUnref: @convention(c) (UnsafeMutableRawPointer?) -> Void
        let free: @convention(c) (UnsafeMutableRawPointer?) -> Void
        let errorQuark: @convention(c) () -> GQuark
        let documentNewFromBytes: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?) -> OpaquePointer?
        let documentPageCount: @convention(c) (OpaquePointer?) -> Int32
        let documentPage: @convention(c) (OpaquePointer?, Int32) -> OpaquePointer?
        let pageSize: @convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void
        let pageText: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
        let pageSelectedText: @convention(c) (OpaquePointer?, PopplerSelectionStyle, UnsafeMutablePointer<PopplerRectangle>?) -> UnsafeMutablePointer<CChar>?
        let pageTextLayout: @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<PopplerRectangle>?>?, UnsafeMutablePointer<guint>?) -> gboolean
        let pageTextLayoutForArea: @convention(c) (OpaquePointer?, UnsafeMutablePointer<PopplerRectangle>?,
                                                   UnsafeMutablePointer<UnsafeMutablePointer<PopplerRectangle>?>?, UnsafeMutablePointer<guint>?) -> gboolean
        let pageTextAttributes: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<GList>?
        let pageTextAttributesForArea: @convention(c) (OpaquePointer?, UnsafeMutablePointer<PopplerRectangle>?) -> UnsafeMutablePointer<GList>?
        let freeTextAttributes: @convention(c) (UnsafeMutablePointer<GList>?) -> Void

        /// The library, or why it cannot be used (loaded once: Swift runs a static's initialiser
        /// once, whatever the threads).
        static let loaded: Result<Poppler, SejajarError> = load()

        private static func load() -> Result<Poppler, SejajarError> {
            guard let handle = dlopen("libpoppler-glib.so.8", RTLD_NOW | RTLD_LOCAL) ?? dlopen("libpoppler-glib.so", RTLD_NOW | RTLD_LOCAL) else {
                let reason = dlerror().map { String(cString: $0) } ?? "not found"
                return .failure(.io(path: "libpoppler-glib.so.8", message: "cannot load poppler-glib, which reading PDFs needs (\(reason)); install it: apt-get install libpoppler-glib8"))
            }
            let names = ["g_bytes_new", "g_bytes_unref", "g_error_free", "g_object_unref", "g_free", "poppler_error_quark",
                         "poppler_document_new_from_bytes", "poppler_document_get_n_pages", "poppler_document_get_page",
                         "poppler_page_get_size", "poppler_page_get_text", "poppler_page_get_selected_text", "poppler_page_get_text_layout",
                         "poppler_page_get_text_layout_for_area", "poppler_page_get_text_attributes",
                         "poppler_page_get_text_attributes_for_area", "poppler_page_free_text_attributes"]
            var symbols: [String: UnsafeMutableRawPointer] = [:]
            for name in names {
                guard let symbol = dlsym(handle, name) else {
                    return .failure(.io(path: "libpoppler-glib.so.8", message: "the poppler-glib found lacks \(name), which reading PDFs needs"))
                }
                symbols[name] = symbol
            }
            func function<F>(_ name: String, as type: F.Type) -> F { unsafeBitCast(symbols[name]!, to: type) }
            return .success(Poppler(
                bytesNew: function("g_bytes_new", as: (@convention(c) (UnsafeRawPointer?, gsize) -> OpaquePointer?).self),
                bytesUnref: function("g_bytes_unref", as: (@convention(c) (OpaquePointer?) -> Void).self),
                errorFree: function("g_error_free", as: (@convention(c) (UnsafeMutablePointer<GError>?) -> Void).self),
                objectUnref: function("g_object_unref", as: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self),
                free: function("g_free", as: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self),
                errorQuark: function("poppler_error_quark", as: (@convention(c) () -> GQuark).self),
                documentNewFromBytes: function("poppler_document_new_from_bytes",
                                               as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?) -> OpaquePointer?).self),
                documentPageCount: function("poppler_document_get_n_pages", as: (@convention(c) (OpaquePointer?) -> Int32).self),
                documentPage: function("poppler_document_get_page", as: (@convention(c) (OpaquePointer?, Int32) -> OpaquePointer?).self),
                pageSize: function("poppler_page_get_size",
                                   as: (@convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void).self),
                pageText: function("poppler_page_get_text", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
                pageSelectedText: function("poppler_page_get_selected_text",
                                           as: (@convention(c) (OpaquePointer?, PopplerSelectionStyle, UnsafeMutablePointer<PopplerRectangle>?) -> UnsafeMutablePointer<CChar>?).self),
                pageTextLayout: function("poppler_page_get_text_layout",
                                         as: (@convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<PopplerRectangle>?>?, UnsafeMutablePointer<guint>?) -> gboolean).self),
                pageTextLayoutForArea: function("poppler_page_get_text_layout_for_area",
                                                as: (@convention(c) (OpaquePointer?, UnsafeMutablePointer<PopplerRectangle>?,
                                                                     UnsafeMutablePointer<UnsafeMutablePointer<PopplerRectangle>?>?, UnsafeMutablePointer<guint>?) -> gboolean).self),
                pageTextAttributes: function("poppler_page_get_text_attributes", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<GList>?).self),
                pageTextAttributesForArea: function("poppler_page_get_text_attributes_for_area",
                                                    as: (@convention(c) (OpaquePointer?, UnsafeMutablePointer<PopplerRectangle>?) -> UnsafeMutablePointer<GList>?).self),
                freeTextAttributes: function("poppler_page_free_text_attributes", as: (@convention(c) (UnsafeMutablePointer<GList>?) -> Void).self)))
        }
    }

    /// Opens the PDF held in `data` (the bytes of the file at `path`).
    init(data: Data, path: String) throws(SejajarError) {
        let poppler = try Poppler.loaded.get()
        var error: UnsafeMutablePointer<GError>?
        let bytes = data.withUnsafeBytes { poppler.bytesNew($0.baseAddress, gsize($0.count)) }
        defer { poppler.bytesUnref(bytes) }
        guard let document = poppler.documentNewFromBytes(bytes, nil, &error) else {
            defer { if error != nil { poppler.errorFree(error) } }
            if let error, error.pointee.domain == poppler.errorQuark(), error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw .io(path: path, message: "the PDF is password-protected: save a copy without a password")
            }
            let reason = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown reason"
            throw .io(path: path, message: "not a readable PDF (damaged or cut off): \(reason)")
        }
        self.document = document
        self.poppler = poppler
    }

    deinit {
        poppler.objectUnref(UnsafeMutableRawPointer(document))
    }

    /// The number of pages.
    var pageCount: Int { Int(poppler.documentPageCount(document)) }

    /// Page `index` (0-based). poppler reads a page as a selection from its top left to its
    /// bottom right; on a page of right-to-left text that selection leaves out what stands
    /// before its start (a heading, a running head), so such a page is read again from its top
    /// right, and the lines only the first reading has are added after.
    func page(_ index: Int) -> Page {
        guard let page = poppler.documentPage(document, Int32(index)) else { return Page(width: 0, height: 0, characters: []) }
        defer { poppler.objectUnref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler.pageSize(page, &width, &height)
        var result = Page(width: width, height: height, characters: [])
        let forward = Self.selection(page, poppler: poppler, area: nil, fonts: &fonts)
        guard forward.contains(where: { PDFBidi.isRightToLeft($0.scalar) }) else {
            result.characters = forward
            return result
        }
        var area = PopplerRectangle(x1: width + 10, y1: -10, x2: -10, y2: height + 10)
        var characters = Self.selection(page, poppler: poppler, area: &area, fonts: &fonts)
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
    private static func selection(_ page: OpaquePointer, poppler: Poppler, area: UnsafeMutablePointer<PopplerRectangle>?,
                                  fonts: inout [String: UInt16]) -> [Character] {
        let text: UnsafeMutablePointer<CChar>?
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let attributes: UnsafeMutablePointer<GList>?
        if let area {
            text = poppler.pageSelectedText(page, POPPLER_SELECTION_GLYPH, area)
            guard poppler.pageTextLayoutForArea(page, area, &rectangles, &count) != 0 else {
                if let text { poppler.free(text) }
                return []
            }
            attributes = poppler.pageTextAttributesForArea(page, area)
        } else {
            text = poppler.pageText(page)
            guard poppler.pageTextLayout(page, &rectangles, &count) != 0 else {
                if let text { poppler.free(text) }
                return []
            }
            attributes = poppler.pageTextAttributes(page)
        }
        defer {
            if let text { poppler.free(text) }
            if let rectangles { poppler.free(rectangles) }
            if let attributes { poppler.freeTextAttributes(attributes) }
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
