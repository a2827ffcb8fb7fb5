import Foundation
import SejajarIO
import SejajarKit

/// One alignment under review: the editor, the findings after every change, the page, and the
/// one file Save writes. An actor, so that edits from several tabs or clients are applied one
/// at a time, each against the revision it names.
public actor ReviewSession {
    /// Edits re-align and re-check: work that takes a while on a long document runs on the
    /// session's own thread, not on the few threads the server's tasks share.
    private let executor = QueueExecutor(label: "sejajar.review.session")
    /// The session's own serial executor.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    private var editor: AlignmentEditor
    private let glossary: Glossary?
    private let matchers: TermMatchers?
    private let states: ReviewStateWriter
    private let confidentThreshold: Double
    private var findings: [Finding]
    /// Each bead's findings, so that an edit re-checks only the beads it made.
    private var memo: CheckMemo?
    private var savedRevision = 0
    /// The file Save writes (JSON), checked at every save, what stood there kept as a numbered
    /// backup.
    private var file: SessionFile
    /// The file Save writes: the path given, its links followed when the session started.
    public nonisolated let savePath: String
    /// The editor's page (its rows come from `state`).
    public nonisolated let page: String
    /// The translation memory the current bead's source is looked up in, when one is given.
    private let memory: (any MemoryLookup)?

    /// A session for `alignment`; edits re-align with `aligner` (its lexicon is learned here,
    /// once), findings come from `glossary` and the text checks.
    /// With `memory`, the page shows the current bead's best matches in it.
    public init(alignment: Alignment, aligner: Aligner, glossary: Glossary?, file: SessionFile,
                confidentThreshold: Double = AlignerParameters().confidentThreshold, memory: (any MemoryLookup)? = nil) {
        self.memory = memory
        self.editor = AlignmentEditor(alignment: alignment, aligner: aligner)
        self.glossary = glossary
        let matchers = glossary.map { TermMatchers(glossary: $0, source: alignment.source.language, target: alignment.target.language) }
        self.matchers = matchers
        self.states = ReviewStateWriter(glossary: glossary, confidentThreshold: confidentThreshold)
        self.confidentThreshold = confidentThreshold
        var memo: CheckMemo? = CheckMemo()
        self.findings = Checker(glossary: glossary).findings(alignment, matchers: matchers, memo: &memo)
        self.memo = memo
        self.file = file
        self.savePath = file.target
        self.page = ReviewPageWriter().write(alignment).text
    }

    /// The alignment as it stands.
    public var alignment: Alignment { editor.alignment }

    /// The state as JSON; with `documents`, the sentences and their terms too (what the page
    /// loads first).
    public func state(documents: Bool) throws -> String {
        try states.json(currentState(documents: documents))
    }

    func currentState(documents: Bool) -> ReviewState {
        states.state(editor.alignment, findings: findings, revision: editor.revision, savedRevision: savedRevision,
                     canUndo: editor.canUndo, canRedo: editor.canRedo, documents: documents, matchers: matchers)
    }

    /// Applies the edit in a request body (`{"revision": N, "op": …}`, `op` one of
    /// `AlignmentEdit`'s or `undo`, `redo`) and returns the new state as JSON.
    public func perform(_ body: Data) throws(ReviewError) -> String {
        let request = try ReviewRequest(body)
        guard request.revision == editor.revision else { throw .stale(sent: request.revision, current: editor.revision) }
        do {
            switch request.command {
            case .undo: try editor.undo()
            case .redo: try editor.redo()
            case .edit(let edit): try editor.apply(edit)
            }
        } catch {
            throw .badRequest(error.message)
        }
        findings = Checker(glossary: glossary).findings(editor.alignment, matchers: matchers, memo: &memo)
        do {
            return try states.json(currentState(documents: false))
        } catch {
            throw .cannotSave(error.diagnosticLine)
        }
    }

    /// The alignment in the saved-alignment format (what Save writes).
    public func alignmentJSON() throws(SejajarError) -> String {
        try AlignmentJSONWriter(confidentThreshold: confidentThreshold)
            .write(CheckedAlignment(editor.alignment, findings: AlignmentCheck(matchers: matchers).findings(editor.alignment, languages: memo?.languages))).text
    }

    /// Writes the alignment to `savePath` atomically, when the request names the current
    /// revision; what stood there before the session's first save is kept as `FILE.~N~`
    /// (`SessionFile`). Returns `{"path", "backup", "revision"}`, `backup` the backup this save
    /// made, if any. A file that is no longer one Save may replace is refused, nothing written.
    public func save(_ body: Data) throws(ReviewError) -> String {
        let revision = try ReviewRequest.revision(in: body)
        guard revision == editor.revision else { throw .stale(sent: revision, current: editor.revision) }
        do {
            try file.check()
        } catch {
            throw .saveRefused(error.diagnosticLine)
        }
        let backup: String?
        do {
            backup = try file.save(try alignmentJSON())
        } catch {
            throw .cannotSave(error.diagnosticLine)
        }
        savedRevision = editor.revision
        return ReviewRequest.json(SaveAnswer(path: savePath, backup: backup, revision: savedRevision))
    }

    /// What Save answers.
    struct SaveAnswer: Encodable {
        var path: String
        var backup: String?
        var revision: Int
    }

    /// How many matches the page shows, and the lowest score.
    static let memoryMatches = (top: 5, minimum: 50)

    /// The best matches in the memory for the source of bead `bead` (JSON, as `memory lookup
    /// --format json` writes them), the previous bead's source as its context.
    public func memoryMatches(bead: Int) throws(ReviewError) -> String {
        guard let memory else { throw .memory("no translation memory: start 'sejajar review' with --memory PATH", missing: true) }
        let alignment = editor.alignment
        guard alignment.beads.indices.contains(bead) else { throw .badRequest("no bead \(bead)") }
        let text = alignment.sourceText(of: alignment.beads[bead])
        let previous = alignment.beads[..<bead].last(where: { !$0.source.isEmpty }).map { alignment.sourceText(of: $0) }
        do {
            let matches = text.isEmpty ? [] : try memory.lookup(text, from: alignment.source.language, to: alignment.target.language, previous: previous,
                                                                  minimum: Self.memoryMatches.minimum, top: Self.memoryMatches.top)
            return try MemoryMatchWriter(format: .json, query: text, language: alignment.source.language.tag).write(matches).text
        } catch {
            throw .memory(error.diagnosticLine, missing: false)
        }
    }

    /// The content pairs as TMX, as `align --format tmx` writes them.
    public func tmx() throws(SejajarError) -> String {
        var renderer = AlignmentRenderer(format: .tmx, glossary: glossary)
        return try renderer.render(editor.alignment).text
    }

    /// The alignment as XLIFF 2.0, findings as notes.
    public func xliff() throws(SejajarError) -> String {
        try XLIFFWriter().write(CheckedAlignment(editor.alignment, findings: findings)).text
    }
}

/// A serial executor on a dispatch queue of its own (Linux's Dispatch has no
/// `DispatchSerialQueue`): jobs run one at a time, in order, off the shared thread pool.
final class QueueExecutor: SerialExecutor {
    private let queue: DispatchQueue

    init(label: String) { queue = DispatchQueue(label: label) }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedSerialExecutor()) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
