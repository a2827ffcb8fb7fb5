import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// HTTP/1.1 over a plain socket, so that a test controls every byte: a forged Host or Origin, a
/// request cut short, garbage. Each request closes its connection.
enum RawHTTP {
    struct Answer {
        var status: Int
        var head: String
        var body: String

        /// The body as a JSON object.
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    }

    enum Failure: Error { case connect(Int32), noAnswer(String) }

    /// A socket connected to 127.0.0.1:`port` whose reads wait `timeout` seconds at most.
    static func connect(port: Int, timeout: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let code = errno
            close(fd)
            throw Failure.connect(code)
        }
        return fd
    }

    /// Sends `bytes` to 127.0.0.1:`port` and reads until the server closes (60 s at most);
    /// `finished` closes the sending side after them (the server sees the request end there).
    static func exchange(port: Int, _ bytes: [UInt8], finished: Bool = false) throws -> Answer {
        let fd = try connect(port: port, timeout: 60)
        defer { close(fd) }
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }
            sent += n
        }
        if finished { shutdown(fd, Int32(SHUT_WR)) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received += buffer[0..<n]
        }
        let text = String(decoding: received, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ").dropFirst().first ?? "") else {
            throw Failure.noAnswer(text)
        }
        return Answer(status: status, head: String(text[..<split.lowerBound]), body: String(text[split.upperBound...]))
    }

    /// A request with the usual headers, any of which `headers` may replace (nil drops one).
    static func request(port: Int, _ method: String, _ path: String, token: String?, body: String? = nil,
                        headers: [String: String?] = [:]) throws -> Answer {
        var fields: [(String, String)] = [("Host", "127.0.0.1:\(port)"), ("Connection", "close")]
        if let token { fields.append(("X-Sejajar-Token", token)) }
        if let body { fields += [("Content-Type", "application/json"), ("Content-Length", String(body.utf8.count))] }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            fields.removeAll { $0.0.lowercased() == name.lowercased() }
            if let value { fields.append((name, value)) }
        }
        let head = "\(method) \(path) HTTP/1.1\r\n" + fields.map { "\($0.0): \($0.1)\r\n" }.joined() + "\r\n"
        return try exchange(port: port, Array(head.utf8) + Array((body ?? "").utf8))
    }
}

extension RawHTTP {
    /// A connection kept open across requests, whose bytes the test sends at its own pace: a
    /// body one byte a second, two requests on one connection, a wait for the server to close.
    final class Connection {
        let fd: Int32
        private var pending: [UInt8] = []

        /// Connects to 127.0.0.1:`port`; reads wait `timeout` seconds at most.
        init(port: Int, timeout: Int = 60) throws {
            fd = try RawHTTP.connect(port: port, timeout: timeout)
        }

        deinit { close(fd) }

        /// Sends `text`; false once the server has closed the connection.
        @discardableResult
        func send(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { return false }
                sent += n
            }
            return true
        }

        /// Reads one answer (its body by Content-Length; none for a HEAD); nil when the
        /// connection closed first.
        func answer(head: Bool = false) -> Answer? {
            func fill() -> Bool {
                var buffer = [UInt8](repeating: 0, count: 65536)
                let n = recv(fd, &buffer, buffer.count, 0)
                if n <= 0 { return false }
                pending += buffer[0..<n]
                return true
            }
            let separator: [UInt8] = [13, 10, 13, 10]
            var end: Int?
            while end == nil {
                if pending.count >= 4 {
                    end = (0...(pending.count - 4)).first { Array(pending[$0..<($0 + 4)]) == separator }
                }
                if end == nil, !fill() { return nil }
            }
            let headText = String(decoding: pending[..<end!], as: UTF8.self)
            let length = head ? 0 : headText.split(separator: "\r\n").compactMap { line -> Int? in
                let parts = line.split(separator: ":", maxSplits: 1)
                return parts.count == 2 && parts[0].lowercased() == "content-length" ? Int(parts[1].trimmingCharacters(in: .whitespaces)) : nil
            }.first ?? 0
            while pending.count < end! + 4 + length { if !fill() { return nil } }
            let body = String(decoding: pending[(end! + 4)..<(end! + 4 + length)], as: UTF8.self)
            pending.removeFirst(end! + 4 + length)
            guard let status = Int(headText.split(separator: " ").dropFirst().first ?? "") else { return nil }
            return Answer(status: status, head: headText, body: body)
        }

        /// Whether the server closes the connection within `seconds` (anything it still sends is
        /// read and dropped).
        func closes(within seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 65536)
            while Date() < deadline {
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, Int32(max(1, deadline.timeIntervalSinceNow * 1000))) > 0 else { continue }
                if recv(fd, &buffer, buffer.count, 0) <= 0 { return true }
            }
            return false
        }
    }
}
