import Foundation

/// Bounds that protect a user's machine from hostile or broken input: a file that never ends,
/// XML nested a million levels deep, a single line of fifty megabytes. Each has a default that no
/// real translation reaches; the CLI lets a user raise one through an environment variable
/// (`SEJAJAR_MAX_INPUT_BYTES`, `SEJAJAR_MAX_XML_DEPTH`, `SEJAJAR_MAX_XML_NODES`,
/// `SEJAJAR_MAX_PARAGRAPH_CHARACTERS`, `SEJAJAR_MAX_ZIP_BYTES`, `SEJAJAR_MAX_ZIP_RATIO`).
public struct Limits: Sendable, Hashable {
    /// Largest input read whole (text, JSON, lexicons, term tables): 512 MiB. XML is streamed and
    /// not bound by it.
    public var inputBytes = 512 << 20
    /// Deepest element nesting in XML input. TMX and TBX need fewer than ten levels.
    public var xmlDepth = 256
    /// Most XML nodes (elements and text pieces) inside one translation unit or one concept.
    public var xmlNodesPerEntry = 100_000
    /// A paragraph of running text longer than this many characters is cut at white space into
    /// pieces of at most this length before sentences are split (a whole book on one line).
    public var paragraphCharacters = 100_000
    /// Most bytes a ZIP container (DOCX, ODT) may expand to.
    public var zipBytes = 1 << 30
    /// Most a ZIP entry may expand relative to its compressed size (a ZIP bomb expands 1000×).
    public var zipRatio = 200

    /// The defaults.
    public init() {}

    /// The defaults, with any named in `environment` (`SEJAJAR_MAX_…`, a positive whole number)
    /// in their place; a bad value is a usage error naming the variable.
    public init(environment: [String: String]) throws(SejajarError) {
        self.init()
        func read(_ name: String, _ value: inout Int) throws(SejajarError) {
            guard let text = environment[name] else { return }
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), number > 0 else {
                throw .usage(message: "\(name) must be a positive whole number, not '\(text)'")
            }
            value = number
        }
        try read("SEJAJAR_MAX_INPUT_BYTES", &inputBytes)
        try read("SEJAJAR_MAX_XML_DEPTH", &xmlDepth)
        try read("SEJAJAR_MAX_XML_NODES", &xmlNodesPerEntry)
        try read("SEJAJAR_MAX_PARAGRAPH_CHARACTERS", &paragraphCharacters)
        try read("SEJAJAR_MAX_ZIP_BYTES", &zipBytes)
        try read("SEJAJAR_MAX_ZIP_RATIO", &zipRatio)
    }
}
