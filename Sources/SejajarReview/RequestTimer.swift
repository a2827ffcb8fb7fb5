import Foundation
import NIOCore

/// Cuts off a request that arrives too slowly, whatever its pace byte by byte: a request (head
/// and body) must arrive in full within `requestDeadline` of its first byte, and, once
/// `rateGrace` has passed, at `minimumRate` bytes a second on average. An idle timer alone would
/// restart at every byte and let a client sending one byte a second hold a connection for ever.
/// The first handler of a connection, it sees the raw bytes; `MessageGuard`, after the HTTP
/// decoder, tells it through `RequestProgress` where each request ends and when an answer starts.
/// A request cut off before any answer gets `408 Request Timeout`, and the connection is closed.
final class RequestTimer: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = IOData
    typealias OutboundOut = IOData

    let limits: ReviewServer.Limits
    let progress: RequestProgress
    private var check: Scheduled<Void>?

    init(limits: ReviewServer.Limits, progress: RequestProgress) {
        self.limits = limits
        self.progress = progress
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let count = unwrapInboundIn(data).readableBytes
        if progress.start == nil, count > 0 {
            progress.start = .now()
            progress.received = 0
            schedule(context, in: limits.rateGrace < limits.requestDeadline ? limits.rateGrace : limits.requestDeadline)
        }
        progress.received += count
        context.fireChannelRead(data)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
        context.fireChannelInactive()
    }

    private func schedule(_ context: ChannelHandlerContext, in delay: TimeAmount) {
        check?.cancel()
        check = context.eventLoop.assumeIsolated().scheduleTask(in: delay) { self.inspect(context) }
    }

    /// Whether the request still arriving is late or slow; if neither, looks again shortly.
    private func inspect(_ context: ChannelHandlerContext) {
        check = nil
        guard let start = progress.start else { return }
        let elapsed = NIODeadline.now() - start
        let seconds = Double(elapsed.nanoseconds) / 1e9
        if elapsed >= limits.requestDeadline {
            cutOff(context, "the request did not arrive in full within \(Self.format(limits.requestDeadline)) s")
        } else if elapsed >= limits.rateGrace, Double(progress.received) < Double(limits.minimumRate) * seconds {
            cutOff(context, "the request arrived at \(Int(Double(progress.received) / seconds)) bytes a second, slower than the \(limits.minimumRate) required")
        } else {
            let left = limits.requestDeadline - elapsed
            schedule(context, in: left < .milliseconds(250) ? left : .milliseconds(250))
        }
    }

    /// Answers 408 (unless an answer has begun) and closes the connection.
    private func cutOff(_ context: ChannelHandlerContext, _ reason: String) {
        progress.start = nil
        guard !progress.answering else {
            context.close(promise: nil)
            return
        }
        let body = ReviewRequest.json(["error": reason])
        let head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
            + "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        context.writeAndFlush(wrapOutboundOut(.byteBuffer(ByteBuffer(string: head + body)))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    static func format(_ amount: TimeAmount) -> String {
        let seconds = Double(amount.nanoseconds) / 1e9
        return seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// Where the request on a connection stands, shared by its `RequestTimer` and `MessageGuard`
/// (both run on the connection's event loop, one at a time).
final class RequestProgress {
    /// When the first byte of the request still arriving came; nil when none is arriving.
    var start: NIODeadline?
    /// Bytes received since then.
    var received = 0
    /// Whether an answer to the request has begun (a 408 would cut into it).
    var answering = false
}
