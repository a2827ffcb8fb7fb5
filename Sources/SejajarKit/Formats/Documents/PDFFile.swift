import CPoppler
import Foundation

// The one file that speaks poppler's C API (through GLib). `PDFReader` works out paragraphs,
// reading order and running heads from what this gives: each page's characters with their boxes.

/// A PDF opened with poppler, held for as long as its pages are read.
final class PDFFile {
    /// One character of a page's text and its box (points, origin top left). poppler's line
    /// ends come as "\n" characters.
    struct Character {
        var scalar: Unicode.Scalar
        var x0: Double, y0: Double, x1: Double, y1: Double
    }

    /// A page: its size and its characters in poppler's order.
    struct Page {
        var width: Double
        var height: Double
        var characters: [Character]
    }

    private let document: OpaquePointer

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

    /// Page `index` (0-based).
    func page(_ index: Int) -> Page {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return Page(width: 0, height: 0, characters: []) }
        defer { sejajar_poppler_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let text = poppler_page_get_text(page) else { return Page(width: width, height: height, characters: []) }
        defer { sejajar_poppler_free(text) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else {
            return Page(width: width, height: height, characters: [])
        }
        defer { sejajar_poppler_free(rectangles) }
        var characters: [Character] = []
        characters.reserveCapacity(Int(count))
        for (k, scalar) in String(cString: text).unicodeScalars.enumerated() where k < Int(count) {
            let box = rectangles[k]
            characters.append(Character(scalar: scalar, x0: box.x1, y0: box.y1, x1: box.x2, y1: box.y2))
        }
        return Page(width: width, height: height, characters: characters)
    }
}
