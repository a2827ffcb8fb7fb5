import ArgumentParser
import Dispatch
import Foundation
import SejajarIO
import SejajarKit
import SejajarMemory
import SejajarReview
import Synchronization

/// `sejajar review`: the alignment editor, served to a browser on 127.0.0.1.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Correct an alignment in the browser: merge, split, re-pair, unpair, lock; the rest re-aligns around each fix.",
        discussion: """
        Starts a local web server (127.0.0.1 only), prints the editor's address and runs until \
        Ctrl-C. The address carries a random token: only a browser given it can use the editor. \
        The page shows the report (verdict and shares, alignment map, the texts side by side, \
        findings beside their beads) and edits it by mouse and keyboard: M merges the current \
        bead with the next, S splits it before the selected sentence(s), P pairs the selected \
        source run with the selected target run (Shift+P as a moved sentence), U unpairs the \
        selected sentence, L locks or unlocks, Z and Y undo and redo, Ctrl+S saves. Each edit \
        locks what it makes and re-aligns only the unlocked beads it disturbed; map, \
        confidences, verdict and findings refresh.

        Input: a saved alignment (JSON from 'sejajar align', or a bilingual XLIFF), or two texts \
        (any format 'align' reads) that are aligned first. Save writes the alignment as JSON, \
        atomically: to --output, else to the JSON given, else beside the first input to \
        NAME.xlf.alignment.json for an XLIFF, SOURCE+TARGET.alignment.json for two texts (the \
        files' whole names). What stood there before the session's first save is kept as \
        FILE.~1~, FILE.~2~ … (one per session, never overwritten). A saved alignment of other \
        texts is never replaced: choose another --output. Export downloads TMX or XLIFF.

        API (what the page uses; every request carries the token as X-Sejajar-Token or ?token=): \
        GET / (the page), GET /state (beads, findings, sentences), GET /alignment.json, \
        POST /edit {"revision": N, "op": "merge", "bead": 3} (also split, pair, unpair, lock, \
        unlock, undo, redo: 400 for an invalid edit, 409 when another tab changed it first), \
        POST /save {"revision": N}, GET /export.tmx, GET /export.xlf, GET /memory?bead=N (the \
        bead's best matches in the --memory store, as 'memory lookup --format json' writes them).

        With --memory PATH (a store of 'sejajar memory'), the page shows beside the texts the \
        current bead's source looked up in it: the best five matches at 50 or more, with their \
        scores, what differs marked, their translations and where they came from.

        Examples:
          sejajar review Alignments/samples/seed-000-004.alignment.json
          sejajar review a.es.txt a.id.txt --from es --to id --port 8700
          sejajar review article.es.docx article.id.html --from es --to id --output article.alignment.json
          sejajar review a.alignment.json --memory client.sqlite
        """
    )

    @Argument(help: ArgumentHelp("A saved alignment (.json or bilingual .xlf), or the source text when TARGET is given.", valueName: "input"))
    var file: String

    @Argument(help: "The target text (then INPUT is the source text and both are aligned first).")
    var target: String?

    @OptionGroup var setup: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Translation memory") var memory: MemoryOptions

    // Unconditional: `--port -1` is a port out of range, not a missing value.
    @Option(parsing: .unconditional, help: "Port to listen on, on 127.0.0.1 (default: a free one).")
    var port: Int = 0

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if target != nil { try setup.languages.required() }
        guard setup.languages.targets.count <= 1 else {
            throw ValidationError("review edits the alignment of two texts: --to names one language (check three texts with 'sejajar check ORIGINAL FIRST SECOND --to A,B')")
        }
    }

    func run() throws {
        let console = output.console
        // The file Save writes is checked before any work: not a FIFO, device, folder or
        // read-only file, and not another pair's saved alignment.
        let savePath = try output.output ?? ReviewSavePath.defaultPath(input: file, target: target)
        let sessionFile = try SessionFile(path: savePath)
        if let target {
            try ReviewSavePath.checkExisting(sessionFile.target, input: file, source: file, target: target, limits: try userLimits())
        }
        let job = try AlignmentJob(setup, console: console)
        let alignment: Alignment
        if let target {
            alignment = try job.alignPair(file, target)
            console.endProgress()
        } else {
            guard ["json", "xlf", "xliff"].contains((file as NSString).pathExtension.lowercased()) else {
                throw SejajarError.usage(message: "\(file) is not a saved alignment (.json) or a bilingual XLIFF: give the target text after it to align the two first")
            }
            alignment = try job.readSaved(file).twoTexts()
            try setup.languages.confirm(alignment, path: file)
            try ReviewSavePath.checkExisting(sessionFile.target, input: file, source: alignment.source.path, target: alignment.target.path, limits: job.limits)
        }
        // Temporary files of a session that was killed (kill -9) beside the file.
        let removed = sessionFile.removeStaleTemporaries()
        if !removed.isEmpty {
            console.note("sejajar review: removed \(removed.count) temporary file\(removed.count == 1 ? "" : "s") a crashed session left: \(removed.joined(separator: ", "))")
        }
        // Findings with the term base `check` uses: --glossary, else the shipped one when found.
        let glossary = try setup.termBase.termBase()?.glossary
        // Only a store given is opened: review never makes one.
        let store = try memory.memory.map { try MemoryStore(path: $0, create: false) }
        var editing = job
        editing.progress = nil
        let session = ReviewSession(alignment: alignment, aligner: editing.aligner(source: alignment.source.language, target: alignment.target.language),
                                    glossary: glossary, file: sessionFile, confidentThreshold: job.parameters.confidentThreshold,
                                    memory: store)
        let server = ReviewServer(session: session, port: port)
        let done = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        let quiet = output.quiet
        Task {
            do {
                try await server.run { url in
                    StandardStream.output.note(url.absoluteString + "\n")
                    if !quiet {
                        StandardStream.error.note("sejajar review: \(alignment.summary)\nsejajar review: open the address above in a browser; Save writes \(session.savePath); Ctrl-C stops\n")
                    }
                }
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) {
            let reason = "\(error)".contains("Address already in use")
                ? "the port is in use: give another --port, or none for a free one" : "cannot serve the editor: \(error)"
            throw SejajarError.io(path: "127.0.0.1:\(port)", message: reason)
        }
    }
}
