import Foundation
import SejajarIO

/// Messages on standard error, unless quiet.
struct Console: Sendable {
    var quiet = false
    var verbose = false

    /// Whether standard error is a terminal (progress is shown only then).
    static var isTerminal: Bool { isatty(2) != 0 }

    func note(_ message: String) {
        guard !quiet else { return }
        StandardStream.error.note(message + "\n")
    }

    /// A progress callback: overwrites one terminal line; silent when not a terminal or quiet.
    func progress() -> (@Sendable (String) -> Void)? {
        guard !quiet, verbose || Self.isTerminal else { return nil }
        let terminal = Self.isTerminal
        let start = Date()
        return { message in
            // Verbose lines carry the elapsed time, so a long run shows where the time goes.
            let stamped = String(format: "[%6.1fs] ", Date().timeIntervalSince(start)) + message
            StandardStream.error.note(terminal ? "\r\u{1B}[K" + stamped : stamped + "\n")
        }
    }

    func endProgress() {
        if !quiet && Self.isTerminal { StandardStream.error.note("\r\u{1B}[K") }
    }
}
