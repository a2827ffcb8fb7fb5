import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `sejajar review` running as a user starts it: its address read from the first line it
/// prints, its standard error kept, requests sent with its token.
final class ReviewProcess: @unchecked Sendable {
    let process: Process
    let url: URL
    let token: String
    private let errors: String

    /// Starts `sejajar arguments…` (in the repository's root); `shell`, when given, is run by sh
    /// before it (`ulimit -f 8`). Throws when no address is printed.
    init(_ arguments: [String], environment: [String: String] = [:], shell: String? = nil) throws {
        process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(shell); exec \"$0\" \"$@\"", CLI.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = CLI.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        errors = NSTemporaryDirectory() + "review-stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: errors)
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), let b = byte.first, b != 10 { line.append(b) }
        guard let url = URL(string: String(decoding: line, as: UTF8.self)), url.host == "127.0.0.1", let query = url.query, query.hasPrefix("token=") else {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "review printed no address: \((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")"])
        }
        self.url = url
        token = String(query.dropFirst("token=".count))
    }

    deinit {
        stop()
        unlink(errors)
    }

    /// What it wrote on standard error so far.
    var stderr: String { (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "" }

    /// Standard error once it holds `text` (or after 10 s).
    func stderr(containing text: String) -> String {
        let deadline = Date().addingTimeInterval(10)
        while !stderr.contains(text), Date() < deadline { usleep(10_000) }
        return stderr
    }

    /// Sends a request (a POST when `body` is given) and returns the status and the JSON answer.
    func call(_ path: String, _ body: String? = nil) -> (status: Int, json: [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(url.port!)/\(path)")!)
        request.setValue(token, forHTTPHeaderField: "X-Sejajar-Token")
        request.timeoutInterval = 60
        if let body { request.httpMethod = "POST"; request.httpBody = Data(body.utf8) }
        nonisolated(unsafe) var answer: (Int, [String: Any]) = (0, [:])
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            answer = ((response as? HTTPURLResponse)?.statusCode ?? 0,
                      (data.flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any]) ?? [:])
            done.signal()
        }.resume()
        done.wait()
        return answer
    }

    /// Ends it with `signal` (SIGTERM: as Ctrl-C would) and waits.
    func stop(_ signal: Int32 = SIGTERM) {
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
    }
}
