/// Writes an alignment as a bilingual XLIFF file (2.0 by default, or 1.2) through libxml2, for
/// CAT tools and reviewers: one unit per content bead, omissions and additions as units with an
/// empty side, and what the aligner knows as review state and notes.
///
/// - `state`: a locked bead (a person fixed it) is `final`; a pair at `reviewBelow` or above is
///   `translated`; the rest, and every omission and addition, is left for review (XLIFF 2.0
///   `initial` with `subState="sejajar:needs-review"`, XLIFF 1.2 `needs-review-translation`).
/// - notes: the bead's confidence, whether it moved, and every finding on it (code, severity,
///   message; XLIFF 2.0 priority 1 for errors, 3 for warnings, 5 for notes).
/// - boilerplate beads are left out, as in a translation memory.
///
/// A bead of several sentences is one segment whose sentences are joined by a space. Formatting
/// kept from the files (bold, italic, links, note marks) becomes XLIFF 2.0 `pc`/`ph` or XLIFF 1.2
/// `g`/`x`. The same alignment always gives the same bytes.
public struct XLIFFWriter: FormatWriter {
    /// The XLIFF versions written.
    public enum Version: String, Sendable, Hashable, CaseIterable {
        /// OASIS XLIFF 2.0 (`urn:oasis:names:tc:xliff:document:2.0`).
        case v2_0 = "2.0"
        /// OASIS XLIFF 1.2, which older CAT tools (OmegaT 3.6) read.
        case v1_2 = "1.2"
    }

    /// Which version to write.
    public var version: Version
    /// A pair at this confidence or above is `translated`; below, it needs review.
    public var reviewBelow: Double

    /// Creates a writer.
    public init(version: Version = .v2_0, reviewBelow: Double = 0.9) {
        self.version = version
        self.reviewBelow = reviewBelow
    }

    /// One unit to write.
    struct Unit {
        var id: String
        var source: [InlineMarkup.Node]
        var target: [InlineMarkup.Node]
        var state: State
        var notes: [(category: String, priority: Int, text: String)]
    }

    enum State { case final, translated, needsReview }

    /// The XLIFF document for `alignment`, with `findings` (from `Checker`/`AlignmentCheck`, their
    /// `bead` indices into `alignment.beads`) as notes on their units.
    public func write(_ checked: CheckedAlignment) throws(SejajarError) -> FormatOutput {
        let alignment = checked.alignment, findings = checked.findings
        var byBead: [Int: [Finding]] = [:]
        for finding in findings { if let bead = finding.bead { byBead[bead, default: []].append(finding) } }
        var units: [Unit] = []
        for (b, bead) in alignment.beads.enumerated() where bead.role.isContent {
            let source = InlineMarkup.joined(bead.source.map { alignment.source.sentences[$0] })
            let target = InlineMarkup.joined(bead.target.map { alignment.target.sentences[$0] })
            let state: State = bead.locked ? .final : !bead.isNull && bead.confidence >= reviewBelow ? .translated : .needsReview
            var notes: [(String, Int, String)] = [("sejajar:confidence", 5, "confidence \(DecimalText.rounded(bead.confidence))")]
            if bead.source.isEmpty { notes.append(("sejajar:addition", 3, "no counterpart in the source: an addition of the translation")) }
            if bead.target.isEmpty { notes.append(("sejajar:omission", 3, "no counterpart in the translation: an omission")) }
            if bead.moved { notes.append(("sejajar:moved", 3, "the pair stands at different places in the two documents")) }
            for finding in byBead[b] ?? [] {
                let priority = switch finding.severity { case .error: 1; case .warning: 3; default: 5 }
                notes.append((finding.code.rawValue, priority, "\(finding.severity.rawValue): \(finding.message)"))
            }
            units.append(Unit(id: "b\(b + 1)", source: InlineMarkup.nodes(source.text, source.codes),
                              target: InlineMarkup.nodes(target.text, target.codes), state: state, notes: notes))
        }
        let xml = XMLWriter()
        xml.startDocument()
        switch version {
        case .v2_0: write20(units, alignment, xml)
        case .v1_2: write12(units, alignment, xml)
        }
        guard let text = xml.finish() else { throw .io(path: "<xliff>", message: "libxml2 could not write the XLIFF file") }
        return FormatOutput(text, removedCharacters: xml.removedCharacters)
    }

    /// Marked-up text: XLIFF 2.0 `pc` and `ph`, XLIFF 1.2 `g` and `x`, ids numbered per side
    /// (`s1`… in the source, `t1`… in the target: a file from two translations has no code
    /// correspondence to claim).
    private func write(_ nodes: [InlineMarkup.Node], side: String, to xml: XMLWriter) {
        if nodes.isEmpty { xml.text("") }  // <target></target>, as an empty side was always written
        var next = 0
        func emit(_ nodes: [InlineMarkup.Node]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    xml.text(text)
                case .mark(let code):
                    next += 1
                    switch version {
                    case .v2_0: xml.element("ph", [("id", "\(side)\(next)"), ("type", "other"), ("disp", code.value)]) {}
                    case .v1_2: xml.element("x", [("id", "\(side)\(next)"), ("ctype", "x-note-reference")]) {}
                    }
                case .span(let code, let children):
                    next += 1
                    let id = "\(side)\(next)"
                    switch version {
                    case .v2_0:
                        let (type, subType): (String, String?) = switch code.kind {
                        case .bold: ("fmt", "xlf:b")
                        case .italic: ("fmt", "xlf:i")
                        case .underline: ("fmt", "xlf:u")
                        case .link: ("link", nil)
                        default: ("fmt", nil)
                        }
                        xml.element("pc", [("id", id), ("type", type), ("subType", subType)]) { emit(children) }
                    case .v1_2:
                        let ctype = switch code.kind {
                        case .bold: "bold"
                        case .italic: "italic"
                        case .underline: "underlined"
                        case .link: "link"
                        case .superscript: "x-superscript"
                        case .subscript: "x-subscript"
                        case .noteReference: "x-note-reference"
                        }
                        xml.element("g", [("id", id), ("ctype", ctype)]) { emit(children) }
                    }
                }
            }
        }
        emit(nodes)
    }

    private func write20(_ units: [Unit], _ alignment: Alignment, _ xml: XMLWriter) {
        xml.element("xliff", [("version", "2.0"), ("srcLang", alignment.source.language.tag), ("trgLang", alignment.target.language.tag)],
                    namespace: "urn:oasis:names:tc:xliff:document:2.0") {
            xml.breakLine(level: 1)
            xml.element("file", [("id", "f1"), ("original", alignment.source.path)]) {
                for unit in units {
                    xml.breakLine(level: 2)
                    xml.element("unit", [("id", unit.id)]) {
                        xml.breakLine(level: 3)
                        xml.element("notes") {
                            for note in unit.notes {
                                xml.breakLine(level: 4)
                                xml.element("note", [("category", note.category), ("priority", String(note.priority))], text: note.text)
                            }
                            xml.breakLine(level: 3)
                        }
                        xml.breakLine(level: 3)
                        let state: [(String, String?)] = switch unit.state {
                        case .final: [("state", "final")]
                        case .translated: [("state", "translated")]
                        case .needsReview: [("state", "initial"), ("subState", "sejajar:needs-review")]
                        }
                        xml.element("segment", state) {
                            xml.breakLine(level: 4)
                            xml.element("source") { write(unit.source, side: "s", to: xml) }
                            xml.breakLine(level: 4)
                            xml.element("target") { write(unit.target, side: "t", to: xml) }
                            xml.breakLine(level: 3)
                        }
                        xml.breakLine(level: 2)
                    }
                }
                xml.breakLine(level: 1)
            }
            xml.breakLine(level: 0)
        }
    }

    private func write12(_ units: [Unit], _ alignment: Alignment, _ xml: XMLWriter) {
        xml.element("xliff", [("version", "1.2")], namespace: "urn:oasis:names:tc:xliff:document:1.2") {
            xml.breakLine(level: 1)
            xml.element("file", [("original", alignment.source.path), ("source-language", alignment.source.language.tag),
                                 ("target-language", alignment.target.language.tag), ("datatype", "plaintext")]) {
                xml.breakLine(level: 2)
                xml.element("body") {
                    for unit in units {
                        xml.breakLine(level: 3)
                        xml.element("trans-unit", [("id", unit.id), ("approved", unit.state == .final ? "yes" : nil)]) {
                            xml.breakLine(level: 4)
                            xml.element("source", [("xml:space", "preserve")]) { write(unit.source, side: "s", to: xml) }
                            xml.breakLine(level: 4)
                            let state = switch unit.state {
                            case .final: "final"
                            case .translated: "translated"
                            case .needsReview: "needs-review-translation"
                            }
                            xml.element("target", [("xml:space", "preserve"), ("state", state)]) { write(unit.target, side: "t", to: xml) }
                            for note in unit.notes {
                                xml.breakLine(level: 4)
                                xml.element("note", [("from", note.category), ("priority", String(note.priority))], text: note.text)
                            }
                            xml.breakLine(level: 3)
                        }
                    }
                    xml.breakLine(level: 2)
                }
                xml.breakLine(level: 1)
            }
            xml.breakLine(level: 0)
        }
    }
}
