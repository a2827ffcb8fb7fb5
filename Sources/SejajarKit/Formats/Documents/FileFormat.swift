import Foundation

/// The kind of file a document comes in. `DocumentReader` picks it from the file's extension and
/// confirms it from the first bytes, so that a mislabelled file is a clear error rather than a
/// page of markup aligned as text; `--input-format` names it outright.
public enum FileFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text (`InputFormat` says how it is laid out).
    case text
    /// A web page or any HTML.
    case html
    /// A Word document (Office Open XML).
    case docx
    /// An OpenDocument text (LibreOffice, Google Docs export).
    case odt
    /// A flat OpenDocument text: the same document as one XML file (`.fodt`).
    case fodt
    /// Markdown (CommonMark with GitHub's tables and footnotes).
    case markdown
    /// A PDF with a text layer.
    case pdf
    /// An XLIFF 1.2 or 2.x file from a CAT tool: its source side is the document.
    case xliff

    /// The format an extension names, or nil for an extension that names none (read as text).
    public init?(extension ext: String) {
        switch ext.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd", "mkdn": self = .markdown
        case "html", "htm", "xhtml", "shtml": self = .html
        case "docx", "docm", "dotx": self = .docx
        case "odt", "ott": self = .odt
        case "fodt", "fott": self = .fodt
        case "pdf": self = .pdf
        case "xlf", "xliff", "sdlxliff", "mqxliff", "mxliff": self = .xliff
        default: return nil
        }
    }

    /// What the first bytes of a file are, when they say.
    enum Content: Equatable {
        case zip, encryptedOffice, pdf, html, xliff, xml, other
    }

    /// What `head` (the first bytes of a file, at least 1 KiB when the file has them) looks like.
    static func sniff(_ head: [UInt8]) -> Content {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .encryptedOffice }
        if head.prefix(1024).firstRange(of: Array("%PDF-".utf8)) != nil { return .pdf }
        var text = String(decoding: head.prefix(1024), as: UTF8.self).lowercased()
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return .html }
        if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<!--") || trimmed.hasPrefix("<xliff") {
            return text.contains("<xliff") ? .xliff : text.contains("<html") ? .html : .xml
        }
        if trimmed.hasPrefix("<head") || trimmed.hasPrefix("<body") || trimmed.hasPrefix("<meta") { return .html }
        return .other
    }

    /// The format of the file at `path` whose bytes are `data`: `declared` when given (the
    /// content must not contradict it), else the extension's, confirmed by the first bytes.
    public static func of(path: String, data: Data, declared: FileFormat? = nil) throws(SejajarError) -> FileFormat {
        let content = sniff([UInt8](data.prefix(4096)))
        let ext = (path as NSString).pathExtension
        let format = declared ?? FileFormat(extension: ext) ?? .text
        let named = declared != nil ? "--input-format \(format.rawValue)" : ext.isEmpty ? "a file without extension" : "a .\(ext) file"
        func wrong(_ found: String, _ hint: String) -> SejajarError {
            .io(path: path, message: "\(named) should be \(format.description), but the file is \(found)\(hint)")
        }
        switch (format, content) {
        case (.docx, .zip), (.odt, .zip), (.html, .html), (.html, .other), (.text, .other), (.text, .xml), (.pdf, .pdf),
             (.xliff, .xliff), (.xliff, .xml), (.fodt, .xml), (.markdown, .other), (.markdown, .xml):
            return format
        case (.fodt, .other), (.fodt, .html), (.fodt, .xliff):
            throw wrong("not a flat OpenDocument text", " (an XML file whose root is <office:document>)")
        case (.text, .xliff):
            throw wrong("XLIFF", ": name it .xlf or give --input-format xliff")
        case (.xliff, _):
            throw wrong("not XLIFF", " (an XML file whose root is <xliff>)")
        case (.pdf, _):
            throw wrong("not a PDF", " (no %PDF- header: damaged, or another kind of file renamed)")
        case (_, .encryptedOffice):
            throw .io(path: path, message: "the file is password-protected (encrypted) or an old binary .doc: "
                      + "save an unprotected copy as .docx or .odt")
        case (.text, .html), (.markdown, .html):
            throw wrong("HTML", ": name it .html or give --input-format html")
        case (.markdown, .xliff):
            throw wrong("XLIFF", ": name it .xlf or give --input-format xliff")
        case (_, .zip):
            throw wrong("a ZIP archive", ": name it .docx or .odt, or give --input-format docx|odt")
        case (_, .pdf):
            throw wrong("a PDF", ": name it .pdf or give --input-format pdf")
        case (.docx, _), (.odt, _):
            throw wrong("not a ZIP archive", " (damaged, or another kind of file renamed)")
        case (.html, .xml), (.html, .xliff):
            return .html
        }
    }

    /// How messages name the format.
    var description: String {
        switch self {
        case .text: "plain text"
        case .html: "HTML"
        case .docx: "a Word document (.docx, a ZIP archive)"
        case .odt: "an OpenDocument text (.odt, a ZIP archive)"
        case .fodt: "a flat OpenDocument text (.fodt, XML)"
        case .markdown: "Markdown"
        case .pdf: "a PDF"
        case .xliff: "XLIFF"
        }
    }
}
