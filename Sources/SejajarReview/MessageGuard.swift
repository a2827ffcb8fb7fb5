import NIOCore
import NIOHTTP1

/// The HTTP/1 rules the review server keeps before a request reaches Hummingbird, where the
/// protocol's own details (the version, every header line) are still there to see:
///
/// - a request with two `Host` lines, or an HTTP/1.1 request with none, is a `400` (RFC 9112
///   §3.2), and a body whose `Content-Length` is over the limit a `413`, both answered here,
///   unread, and the connection closed;
/// - an HTTP/1.0 request without keep-alive, or any with `Connection: close`, has its connection
///   closed once answered, the answer saying so;
/// - an answer that begins before its request has arrived in full (a refusal) closes the
///   connection after it, rather than reading the rest of a body nobody wants.
///
/// It also tells `RequestTimer`, through `RequestProgress`, where each request ends.
final class MessageGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    let maximumBody: Int
    let progress: RequestProgress
    /// For each request passed on whose answer has not ended, in order: whether the connection
    /// closes after that answer.
    private var closes: [Bool] = []
    /// Whether the latest request has arrived in full.
    private var complete = true
    /// Whether the connection closes once the answer being written ends.
    private var closeAfterAnswer = false
    /// A refusal waiting for the answers before it (pipelined requests are answered in order).
    private var refusal: (status: HTTPResponseStatus, message: String)?
    /// Whether a refusal was made: whatever else arrives is dropped.
    private var refused = false

    init(maximumBody: Int, progress: RequestProgress) {
        self.maximumBody = maximumBody
        self.progress = progress
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        switch unwrapInboundIn(data) {
        case .head(var head):
            complete = false
            let hosts = head.headers["Host"]
            let length = head.headers["Content-Length"].first.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if hosts.count > 1 {
                refuse(context, .badRequest, "a request names one Host, not \(hosts.count)")
            } else if hosts.isEmpty, head.version.major == 1, head.version.minor >= 1 {
                refuse(context, .badRequest, "an HTTP/1.1 request names its Host")
            } else if let length, length > maximumBody {
                refuse(context, .payloadTooLarge, "the request body is \(length) bytes, more than the \(maximumBody) accepted")
            } else {
                if !head.isKeepAlive {
                    head.headers.replaceOrAdd(name: "Connection", value: "close")
                }
                closes.append(!head.isKeepAlive)
                progress.answering = false
                context.fireChannelRead(wrapInboundOut(.head(head)))
            }
        case .body:
            context.fireChannelRead(data)
        case .end:
            complete = true
            progress.start = nil
            context.fireChannelRead(data)
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head):
            progress.answering = true
            // The answer's request: closing after it when it asked to, or when it has not
            // arrived in full (a refusal before the body: the rest is not read).
            closeAfterAnswer = (closes.first ?? false) || (closes.count <= 1 && !complete && refusal == nil)
            if closeAfterAnswer { head.headers.replaceOrAdd(name: "Connection", value: "close") }
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            if !closes.isEmpty { closes.removeFirst() }
            let refusalNow = refusal != nil && closes.isEmpty
            guard closeAfterAnswer || refusalNow else {
                context.write(data, promise: promise)
                return
            }
            let written = promise ?? context.eventLoop.makePromise()
            context.writeAndFlush(data, promise: written)
            written.futureResult.assumeIsolated().whenComplete { _ in
                if refusalNow, let refusal = self.refusal {
                    self.answer(context, refusal.status, refusal.message)
                } else {
                    self.linger(context)
                }
            }
        }
    }

    /// Refuses the request whose head just came: answered once the answers before it are out,
    /// the rest of it never read, the connection closed.
    private func refuse(_ context: ChannelHandlerContext, _ status: HTTPResponseStatus, _ message: String) {
        refused = true
        progress.start = nil
        if closes.isEmpty {
            answer(context, status, message)
        } else {
            refusal = (status, message)
        }
    }

    private func answer(_ context: ChannelHandlerContext, _ status: HTTPResponseStatus, _ message: String) {
        refusal = nil
        progress.answering = true
        let body = ByteBuffer(string: ReviewRequest.json(["error": message]))
        let headers = HTTPHeaders([("Content-Type", "application/json"), ("Content-Length", String(body.readableBytes)),
                                   ("Cache-Control", "no-store"), ("Connection", "close")])
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            self.linger(context)
        }
    }

    /// Closes the connection the way HTTP servers must when a client may still be sending (a
    /// body nobody reads): the sending side first, so that the answer arrives whole, then, once
    /// the client closes or `lingering` has passed, the rest. Closing at once with unread bytes
    /// would reset the connection, and the client could lose the answer.
    private func linger(_ context: ChannelHandlerContext) {
        refused = true
        let closed = context.eventLoop.makePromise(of: Void.self)
        context.close(mode: .output, promise: closed)
        closed.futureResult.assumeIsolated().whenComplete { result in
            if case .failure = result {
                context.close(promise: nil)
                return
            }
            context.eventLoop.assumeIsolated().scheduleTask(in: Self.lingering) { context.close(promise: nil) }
        }
    }

    /// How long a closing connection's remaining input is read and dropped at most.
    static let lingering: TimeAmount = .seconds(2)
}
