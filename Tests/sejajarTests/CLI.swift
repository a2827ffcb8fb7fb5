import Foundation

/// Runs the `sejajar` binary built beside the tests, as a user runs it.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Killed after the time allowed: the command hung.
        var timedOut = false
        /// Ended by a signal (a crash: SIGILL, SIGSEGV, SIGABRT …) rather than an exit.
        var signalled = false
    }

    /// The repository's root (the tests read its samples and term base).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary: next to the test bundle in the build products folder.
    static var binary: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent("sejajar").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("sejajar").path
    }

    /// A sample under `Alignments/samples/`.
    static func sample(_ name: String) -> String {
        root.appendingPathComponent("Alignments/samples/\(name)").path
    }

    /// A fixture under `Tests/sejajarTests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/sejajarTests/Fixtures/\(name)").path
    }

    /// Runs `sejajar arguments…` in the repository's root; standard output goes to `stdout` when a
    /// path is given (a device such as /dev/full), else is captured. After `timeout` seconds the
    /// process is killed and the result says so.
    static func run(_ arguments: [String], environment: [String: String] = [:], stdout: String? = nil,
                    timeout: TimeInterval = 120, shell: String? = nil) throws -> Result {
        let process = Process()
        if let shell {
            // `shell` is a prefix run by sh before exec (ulimit …); "$@" are the arguments.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(shell); exec \"$0\" \"$@\"", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1700000000"].merging(environment) { $1 }) { $1 }
        let out = Pipe(), err = Pipe()
        if let stdout {
            process.standardOutput = FileHandle(forWritingAtPath: stdout)
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        try process.run()
        nonisolated(unsafe) var errData = Data(), outData = Data()
        let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let outReader = Thread { if stdout == nil { outData = out.fileHandleForReading.readDataToEndOfFile() } }
        outReader.start()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                usleep(200_000)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            usleep(2000)
        }
        process.waitUntilExit()
        if stdout == nil { try? out.fileHandleForWriting.close() }
        while !errReader.isFinished || !outReader.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), timedOut: timedOut,
                      signalled: process.terminationReason == .uncaughtSignal)
    }

    /// Starts `sejajar arguments…` without waiting for it.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A TCP socket on 127.0.0.1 bound to a port the kernel picked (listening when asked), and
    /// that port (0 when binding failed). The caller closes it.
    static func loopbackSocket(listening: Bool) -> (descriptor: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && (!listening || listen(fd, 1) == 0) && getsockname(fd, $0, &length) == 0
            }
        }
        return (fd, bound ? Int(UInt16(bigEndian: address.sin_port)) : 0)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sejajar-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Names in `folder` (recursively) that are Sejajar's temporary or backup files.
    static func leftovers(in folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter {
            let name = URL(fileURLWithPath: $0).lastPathComponent
            return name.hasPrefix(".") && (name.hasSuffix(".tmp") || name.hasSuffix(".bak"))
        }
    }
}
